package org.torito.boot.teavm;

import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;
import org.teavm.model.BasicBlock;
import org.teavm.model.Incoming;
import org.teavm.model.Instruction;
import org.teavm.model.MethodReference;
import org.teavm.model.Phi;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.ArrayElementType;
import org.teavm.model.instructions.AssignInstruction;
import org.teavm.model.instructions.CastInstruction;
import org.teavm.model.instructions.GetElementInstruction;
import org.teavm.model.instructions.NullCheckInstruction;
import org.teavm.model.instructions.UnwrapArrayInstruction;
import org.teavm.model.util.DefinitionExtractor;
import org.teavm.model.util.LivenessAnalyzer;
import org.teavm.model.util.UsageExtractor;

/**
 * Routes around TeaVM 0.15.0's lost array types after a suspension (docs/aot-pipeline.md,
 * "TeaVM coroutine bugs", 3). CoroutineTransformation restores every live reference with
 * {@code Fiber.popObject()}, typed {@code Object}, and PhiUpdater merges it with the value from
 * before the suspension. The C backend and the shadow stack pass infer types by propagating
 * along phis and array reads, first come first served, so the merged array may be typed as a
 * plain object and an element read from it as a reference: a C pointer local, GC-rooted.
 *
 * <p>Before the transformation, each primitive array read whose operand may come from such a
 * merge (the array, or its {@code data} view, which TeaVM also keeps across suspensions) gets a
 * weak cast (no runtime check, no code in C) of that operand to the read's array type and a
 * {@code data} view of it (no code in C either), just before the read: its element is then
 * typed by the cast, whatever reaches the phis.
 */
public final class RestoredArrayCasts {
    private final Predicate<Instruction> suspends;

    /** @param suspends whether an instruction is a split point of the coroutine transformation */
    public RestoredArrayCasts(Predicate<Instruction> suspends) {
        this.suspends = suspends;
    }

    /** Inserts the casts in {@code program}; returns how many. */
    public int apply(Program program, MethodReference method) {
        BitSet restored = liveAcrossSuspension(program, method);
        if (restored.isEmpty()) {
            return 0;
        }
        spreadToDerivedValues(program, restored);
        int casts = 0;
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof GetElementInstruction get && get.getType() != ArrayElementType.OBJECT
                        && restored.get(get.getArray().getIndex())) {
                    // TypeInferer only passes a type on from a variable with a plain edge out
                    // (the unwrap), so the cast alone would leave the element untyped.
                    CastInstruction cast = new CastInstruction();
                    cast.setWeak(true);
                    cast.setTargetType(ValueType.arrayOf(itemType(get.getType())));
                    cast.setValue(get.getArray());
                    cast.setReceiver(program.createVariable());
                    cast.setLocation(get.getLocation());
                    UnwrapArrayInstruction unwrap = new UnwrapArrayInstruction(get.getType());
                    unwrap.setArray(cast.getReceiver());
                    unwrap.setReceiver(program.createVariable());
                    unwrap.setLocation(get.getLocation());
                    get.insertPreviousAll(List.of(cast, unwrap));
                    get.setArray(unwrap.getReceiver());
                    casts++;
                }
            }
        }
        return casts;
    }

    /** Variables saved at some split point, computed as CoroutineTransformation does. */
    private BitSet liveAcrossSuspension(Program program, MethodReference method) {
        BitSet result = new BitSet();
        LivenessAnalyzer liveness = null;
        UsageExtractor uses = new UsageExtractor();
        DefinitionExtractor defs = new DefinitionExtractor();
        for (BasicBlock block : program.getBasicBlocks()) {
            if (!hasSplitPoint(block)) {
                continue;
            }
            if (liveness == null) {
                liveness = new LivenessAnalyzer();
                liveness.analyze(program, method.getDescriptor());
            }
            BitSet live = liveness.liveOut(block.getIndex());
            for (Instruction insn = block.getLastInstruction(); insn != null; insn = insn.getPrevious()) {
                insn.acceptVisitor(defs);
                for (Variable v : defs.getDefinedVariables()) {
                    if (v != null) {
                        live.clear(v.getIndex());
                    }
                }
                insn.acceptVisitor(uses);
                for (Variable v : uses.getUsedVariables()) {
                    if (v != null) {
                        live.set(v.getIndex());
                    }
                }
                if (suspends.test(insn)) {
                    result.or(live);
                }
            }
        }
        return result;
    }

    private boolean hasSplitPoint(BasicBlock block) {
        for (Instruction insn : block) {
            if (suspends.test(insn)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds every variable whose inferred type may follow a restored one: phi receivers, copies,
     * null checks, and references read from arrays (an {@code int[]} read from a restored
     * {@code int[][]}).
     */
    private static void spreadToDerivedValues(Program program, BitSet restored) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (BasicBlock block : program.getBasicBlocks()) {
                for (Phi phi : block.getPhis()) {
                    for (Incoming incoming : phi.getIncomings()) {
                        changed |= follow(restored, incoming.getValue(), phi.getReceiver());
                    }
                }
                for (Instruction insn : block) {
                    if (insn instanceof AssignInstruction assign) {
                        changed |= follow(restored, assign.getAssignee(), assign.getReceiver());
                    } else if (insn instanceof NullCheckInstruction check) {
                        changed |= follow(restored, check.getValue(), check.getReceiver());
                    } else if (insn instanceof UnwrapArrayInstruction unwrap) {
                        changed |= follow(restored, unwrap.getArray(), unwrap.getReceiver());
                    } else if (insn instanceof GetElementInstruction get && get.getType() == ArrayElementType.OBJECT) {
                        changed |= follow(restored, get.getArray(), get.getReceiver());
                    }
                }
            }
        }
    }

    private static boolean follow(BitSet restored, Variable from, Variable to) {
        if (from == null || to == null || !restored.get(from.getIndex()) || restored.get(to.getIndex())) {
            return false;
        }
        restored.set(to.getIndex());
        return true;
    }

    private static ValueType itemType(ArrayElementType element) {
        return switch (element) {
            case BYTE -> ValueType.BYTE;
            case SHORT -> ValueType.SHORT;
            case CHAR -> ValueType.CHARACTER;
            case INT -> ValueType.INTEGER;
            case LONG -> ValueType.LONG;
            case FLOAT -> ValueType.FLOAT;
            case DOUBLE -> ValueType.DOUBLE;
            case OBJECT -> throw new IllegalArgumentException("not a primitive array element: " + element);
        };
    }
}
