package org.torito.boot.teavm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.model.BasicBlock;
import org.teavm.model.Incoming;
import org.teavm.model.Instruction;
import org.teavm.model.MethodReference;
import org.teavm.model.Phi;
import org.teavm.model.Program;
import org.teavm.model.Variable;
import org.teavm.model.instructions.ArrayLengthInstruction;
import org.teavm.model.instructions.AssignInstruction;
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.BinaryOperation;
import org.teavm.model.instructions.CastInstruction;
import org.teavm.model.instructions.CloneArrayInstruction;
import org.teavm.model.instructions.ConstructArrayInstruction;
import org.teavm.model.instructions.ConstructMultiArrayInstruction;
import org.teavm.model.instructions.GetElementInstruction;
import org.teavm.model.instructions.GetFieldInstruction;
import org.teavm.model.instructions.NumericOperandType;
import org.teavm.model.util.DefinitionExtractor;
import org.teavm.model.util.TypeInferer;
import org.teavm.model.util.UsageExtractor;

/**
 * Keeps a computation whose value nobody reads when Java would throw from it (docs/aot-pipeline.md,
 * "Values nobody reads"): {@code Integer unused = (Integer) someString;} must throw
 * ClassCastException, {@code int q = a / 0;} ArithmeticException, {@code int v = array[9];}
 * ArrayIndexOutOfBoundsException, {@code int f = nothing.field;} NullPointerException,
 * {@code new int[-1]} NegativeArraySizeException. TeaVM's unused-variable elimination counts
 * them all as free of side effects and drops them as it loads each method, before any other pass
 * sees the code, so neither its own checks nor Torito's were ever inserted. Here, before that,
 * each such value gets a use that stays: a call of {@code OpaqueValues.of}, which C emits as the
 * bare value ({@link OpaqueValuesIntrinsic}).
 */
final class UnusedValueChecks {

    private UnusedValueChecks() {
    }

    static void apply(Program program, MethodReference method) {
        // Most methods have no such instruction: the uses are worked out only for those that do.
        Map<Instruction, Variable> candidates = new LinkedHashMap<>();
        DefinitionExtractor defined = new DefinitionExtractor();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction instruction : block) {
                if (mayThrow(instruction)) {
                    instruction.acceptVisitor(defined);
                    Variable[] receivers = defined.getDefinedVariables();
                    if (receivers.length == 1) {
                        candidates.put(instruction, receivers[0]);
                    }
                }
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        boolean[] used = usedVariables(program);
        candidates.values().removeIf(value -> used[value.getIndex()]);
        if (candidates.isEmpty()) {
            return;
        }
        TypeInferer types = new TypeInferer();
        types.inferTypes(program, method);
        candidates.forEach((instruction, value) -> {
            Instruction use = OpaqueValueCalls.call(value, types.typeOf(value.getIndex()), null);
            use.setLocation(instruction.getLocation());
            instruction.insertNext(use);
        });
    }

    /** The instructions TeaVM drops when their value is unused but Java throws from. */
    static boolean mayThrow(Instruction instruction) {
        if (instruction instanceof BinaryInstruction binary) {
            return (binary.getOperation() == BinaryOperation.DIVIDE || binary.getOperation() == BinaryOperation.MODULO)
                    && (binary.getOperandType() == NumericOperandType.INT
                            || binary.getOperandType() == NumericOperandType.LONG);
        }
        if (instruction instanceof CastInstruction cast) {
            return !cast.isWeak();
        }
        if (instruction instanceof GetFieldInstruction read) {
            return read.getInstance() != null;
        }
        return instruction instanceof GetElementInstruction || instruction instanceof ArrayLengthInstruction
                || instruction instanceof ConstructArrayInstruction
                || instruction instanceof ConstructMultiArrayInstruction || instruction instanceof CloneArrayInstruction;
    }

    /**
     * The variables something reads, as TeaVM's unused-variable elimination sees it: a copy
     * ({@code unused = (Integer) x} is a cast and then an assignment) or a phi reads its
     * operands only if its own result is read.
     */
    private static boolean[] usedVariables(Program program) {
        boolean[] used = new boolean[program.variableCount()];
        List<AssignInstruction> copies = new ArrayList<>();
        List<Phi> phis = new ArrayList<>();
        UsageExtractor uses = new UsageExtractor();
        for (BasicBlock block : program.getBasicBlocks()) {
            phis.addAll(block.getPhis());
            for (Instruction instruction : block) {
                if (instruction instanceof AssignInstruction copy) {
                    copies.add(copy);
                    continue;
                }
                instruction.acceptVisitor(uses);
                for (Variable variable : uses.getUsedVariables()) {
                    used[variable.getIndex()] = true;
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (AssignInstruction copy : copies) {
                if (used[copy.getReceiver().getIndex()] && !used[copy.getAssignee().getIndex()]) {
                    used[copy.getAssignee().getIndex()] = true;
                    changed = true;
                }
            }
            for (Phi phi : phis) {
                if (used[phi.getReceiver().getIndex()]) {
                    for (Incoming incoming : phi.getIncomings()) {
                        if (!used[incoming.getValue().getIndex()]) {
                            used[incoming.getValue().getIndex()] = true;
                            changed = true;
                        }
                    }
                }
            }
        }
        return used;
    }
}
