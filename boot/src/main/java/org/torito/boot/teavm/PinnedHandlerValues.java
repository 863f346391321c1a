package org.torito.boot.teavm;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.teavm.model.BasicBlock;
import org.teavm.model.Incoming;
import org.teavm.model.Instruction;
import org.teavm.model.InvokeDynamicInstruction;
import org.teavm.model.MethodReference;
import org.teavm.model.Phi;
import org.teavm.model.Program;
import org.teavm.model.TryCatchBlock;
import org.teavm.model.Variable;
import org.teavm.model.instructions.CloneArrayInstruction;
import org.teavm.model.instructions.ConstructArrayInstruction;
import org.teavm.model.instructions.ConstructInstruction;
import org.teavm.model.instructions.ConstructMultiArrayInstruction;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.util.DefinitionExtractor;
import org.teavm.model.util.TypeInferer;

/**
 * Makes an exception handler see each local's value as of the throw (docs/aot-pipeline.md,
 * "Versions of a local that a handler sees"), also when the throw is a null or bounds check that
 * TeaVM inserts later and whose renaming of the checked value a pin is immune to.
 *
 * <p>In TeaVM's IR a handler's phi lists, for each block of the try, every version of a local the
 * block makes; the register allocator copies each version into the handler's variable right after
 * the instruction that defines it, and a version defined outside the block at the block's start.
 * Optimisations then move versions away from where Java made them: value numbering replaces
 * {@code o = arr} or a recomputed {@code a + b} by the earlier value, so its copy lands at the
 * start of the block or after the earlier definition, and a handler entered before the Java
 * assignment already sees the new value (program GeneratedHandlerLocals: {@code o} printed as the
 * array assigned after the throwing call). Here, right after parsing and before any optimisation
 * ({@link EarlyPasses}), each such version flowing into a handler goes through
 * {@code OpaqueValues.of}, a call nothing folds or moves, placed where the version was made; a
 * version from before the block is pinned at the block's start. The C backend emits the call as
 * its argument ({@link OpaqueValuesIntrinsic}), so the only code left is the copy the handler
 * needed anyway.
 */
final class PinnedHandlerValues {

    private PinnedHandlerValues() {
    }

    /** Pins every version that reaches a handler; running it again changes nothing. */
    static void apply(Program program, MethodReference method) {
        Set<BasicBlock> handlers = new LinkedHashSet<>(); // in block order: builds stay reproducible
        for (BasicBlock block : program.getBasicBlocks()) {
            for (TryCatchBlock tryCatch : block.getTryCatchBlocks()) {
                handlers.add(tryCatch.getHandler());
            }
        }
        if (handlers.isEmpty()) {
            return;
        }
        Instruction[] definitions = definitions(program);
        TypeInferer types = new TypeInferer();
        types.inferTypes(program, method);
        Map<Long, Variable> pins = new HashMap<>();
        Map<BasicBlock, Instruction> lastEntryPins = new HashMap<>();
        for (BasicBlock handler : handlers) {
            for (Phi phi : handler.getPhis()) {
                for (Incoming incoming : phi.getIncomings()) {
                    BasicBlock source = incoming.getSource();
                    Variable value = incoming.getValue();
                    if (!protectedBy(source, handler)) {
                        continue;
                    }
                    Instruction definition = definitions[value.getIndex()];
                    boolean definedHere = definition != null && definition.getBasicBlock() == source;
                    if (definedHere && staysWhereItIs(definition)) {
                        continue;
                    }
                    long key = ((long) source.getIndex() << 32) | value.getIndex();
                    Variable pinned = pins.get(key);
                    if (pinned == null) {
                        pinned = program.createVariable();
                        InvokeInstruction pin = OpaqueValueCalls.call(value, types.typeOf(value.getIndex()), pinned);
                        if (definedHere) {
                            pin.setLocation(definition.getLocation());
                            definition.insertNext(pin);
                        } else {
                            Instruction previous = lastEntryPins.get(source);
                            if (previous == null) {
                                source.addFirst(pin);
                            } else {
                                previous.insertNext(pin);
                            }
                            lastEntryPins.put(source, pin);
                        }
                        pins.put(key, pinned);
                    }
                    incoming.setValue(pinned);
                }
            }
        }
    }

    private static boolean protectedBy(BasicBlock source, BasicBlock handler) {
        for (TryCatchBlock tryCatch : source.getTryCatchBlocks()) {
            if (tryCatch.getHandler() == handler) {
                return true;
            }
        }
        return false;
    }

    /** Calls and allocations are never merged with an earlier instruction nor moved. */
    private static boolean staysWhereItIs(Instruction definition) {
        return definition instanceof InvokeInstruction || definition instanceof InvokeDynamicInstruction
                || definition instanceof ConstructInstruction || definition instanceof ConstructArrayInstruction
                || definition instanceof ConstructMultiArrayInstruction || definition instanceof CloneArrayInstruction;
    }

    private static Instruction[] definitions(Program program) {
        Instruction[] definitions = new Instruction[program.variableCount()];
        DefinitionExtractor defined = new DefinitionExtractor();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction instruction : block) {
                instruction.acceptVisitor(defined);
                for (Variable variable : defined.getDefinedVariables()) {
                    definitions[variable.getIndex()] = instruction;
                }
            }
        }
        return definitions;
    }
}
