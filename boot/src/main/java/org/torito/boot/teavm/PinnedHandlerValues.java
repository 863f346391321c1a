package org.torito.boot.teavm;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderSource;
import org.teavm.model.Incoming;
import org.teavm.model.Instruction;
import org.teavm.model.InvokeDynamicInstruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Phi;
import org.teavm.model.Program;
import org.teavm.model.TryCatchBlock;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.CloneArrayInstruction;
import org.teavm.model.instructions.ConstructArrayInstruction;
import org.teavm.model.instructions.ConstructInstruction;
import org.teavm.model.instructions.ConstructMultiArrayInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.util.DefinitionExtractor;
import org.teavm.model.util.TypeInferer;
import org.teavm.model.util.VariableType;

/**
 * Makes an exception handler see each local's value as of the throw (docs/aot-pipeline.md,
 * "Locals in handlers").
 *
 * <p>In TeaVM's IR a handler's phi lists, for each block of the try, every version of a local the
 * block makes; the register allocator copies each version into the handler's variable right after
 * the instruction that defines it, and a version defined outside the block at the block's start.
 * Optimisations then move versions away from where Java made them: value numbering replaces
 * {@code o = arr} or a recomputed {@code a + b} by the earlier value, so its copy lands at the
 * start of the block or after the earlier definition, and a handler entered before the Java
 * assignment already sees the new value (program GeneratedHandlerLocals: {@code o} printed as the
 * array assigned after the throwing call). Here, right after parsing and before any optimisation,
 * each such version flowing into a handler goes through {@code HandlerValues.pin}, a call nothing
 * folds or moves, placed where the version was made; a version from before the block is pinned at
 * the block's start. The C backend emits a pin as its argument ({@link PinIntrinsic}), so the only
 * code left is the copy the handler needed anyway.
 */
public final class PinnedHandlerValues implements ClassHolderSource {
    static final String RUNTIME_CLASS = "org.torito.guest.runtime.HandlerValues";
    private static final ValueType OBJECT = ValueType.object("java.lang.Object");

    private final ClassHolderSource parsed;

    public PinnedHandlerValues(ClassHolderSource parsed) {
        this.parsed = parsed;
    }

    @Override
    public ClassHolder get(String name) {
        ClassHolder cls = parsed.get(name);
        if (cls != null && ManagedCode.isManaged(cls) && !cls.getName().equals(RUNTIME_CLASS)) {
            for (MethodHolder method : cls.getMethods()) {
                if (ManagedCode.isManaged(method)) {
                    apply(method.getProgram(), method.getReference());
                }
            }
        }
        return cls;
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
                        InvokeInstruction pin = new InvokeInstruction();
                        pin.setType(InvocationType.SPECIAL);
                        pin.setMethod(pinFor(types.typeOf(value.getIndex())));
                        pin.setArguments(value);
                        pin.setReceiver(pinned);
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

    private static MethodReference pinFor(VariableType type) {
        ValueType kind = type == null ? OBJECT : switch (type) {
            case INT -> ValueType.INTEGER;
            case LONG -> ValueType.LONG;
            case FLOAT -> ValueType.FLOAT;
            case DOUBLE -> ValueType.DOUBLE;
            case BYTE_ARRAY -> ValueType.arrayOf(ValueType.BYTE);
            case SHORT_ARRAY -> ValueType.arrayOf(ValueType.SHORT);
            case CHAR_ARRAY -> ValueType.arrayOf(ValueType.CHARACTER);
            case INT_ARRAY -> ValueType.arrayOf(ValueType.INTEGER);
            case LONG_ARRAY -> ValueType.arrayOf(ValueType.LONG);
            case FLOAT_ARRAY -> ValueType.arrayOf(ValueType.FLOAT);
            case DOUBLE_ARRAY -> ValueType.arrayOf(ValueType.DOUBLE);
            case OBJECT_ARRAY -> ValueType.arrayOf(OBJECT);
            default -> OBJECT;
        };
        return new MethodReference(RUNTIME_CLASS, "pin", kind, kind);
    }
}
