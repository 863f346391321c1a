package org.torito.boot.teavm;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHierarchy;
import org.teavm.model.ClassHolder;
import org.teavm.model.Instruction;
import org.teavm.model.InvokeDynamicInstruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHandle;
import org.teavm.model.MethodHolder;
import org.teavm.model.RuntimeConstant;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ConditionEmitter;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;

/**
 * A record's generated {@code equals} with Java's comparison of float and double components
 * (docs/aot-pipeline.md, "Record equality"): {@code Double.compare(a, b) == 0}, so that
 * {@code new P(-0.0).equals(new P(0.0))} is false and {@code new P(NaN).equals(new P(NaN))} true.
 * TeaVM expands javac's {@code ObjectMethods} bootstrap into {@code a == b} for those. The
 * record's {@code equals} that javac made (one {@code invokedynamic} of ObjectMethods) gets this
 * body instead, built from the same getters; a record's own {@code equals} is left alone. An
 * early pass ({@link EarlyPasses}): TeaVM expands the call before plugins' transformers see it.
 */
final class RecordEquality {
    private static final String OBJECT_METHODS = "java.lang.runtime.ObjectMethods";
    private static final MethodDescriptor EQUALS = new MethodDescriptor("equals", ValueType.object("java.lang.Object"),
            ValueType.BOOLEAN);
    private static final ValueType OBJECT = ValueType.object("java.lang.Object");

    private RecordEquality() {
    }

    static void apply(ClassHolder cls, ClassHierarchy hierarchy) {
        if (!"java.lang.Record".equals(cls.getParent())) {
            return;
        }
        MethodHolder equals = cls.getMethod(EQUALS);
        if (equals == null || equals.getProgram() == null) {
            return;
        }
        List<MethodHandle> getters = generatedComponents(equals);
        if (getters == null) {
            return;
        }
        ValueType type = ValueType.object(cls.getName());
        ProgramEmitter pe = ProgramEmitter.create(equals, hierarchy);
        ValueEmitter self = pe.var(0, type);
        ValueEmitter other = pe.var(1, OBJECT);
        pe.when(other.instanceOf(type).isFalse()).thenDo(() -> pe.constant(0).returnValue());
        ValueEmitter that = other.cast(type);
        for (MethodHandle getter : getters) {
            ValueEmitter a = component(self, getter);
            ValueEmitter b = component(that, getter);
            pe.when(same(pe, getter.getValueType(), a, b).not()).thenDo(() -> pe.constant(0).returnValue());
        }
        pe.constant(1).returnValue();
    }

    /** The getters of javac's {@code ObjectMethods} call in this equals, or null if it is the record's own. */
    private static List<MethodHandle> generatedComponents(MethodHolder equals) {
        for (BasicBlock block : equals.getProgram().getBasicBlocks()) {
            for (Instruction instruction : block) {
                if (instruction instanceof InvokeDynamicInstruction indy
                        && indy.getBootstrapMethod().getClassName().equals(OBJECT_METHODS)) {
                    List<MethodHandle> getters = new ArrayList<>();
                    List<RuntimeConstant> arguments = indy.getBootstrapArguments();
                    for (int i = 2; i < arguments.size(); i++) {
                        getters.add(arguments.get(i).getMethodHandle());
                    }
                    return getters;
                }
            }
        }
        return null;
    }

    private static ValueEmitter component(ValueEmitter record, MethodHandle getter) {
        return record.getField(getter.getName(), getter.getValueType());
    }

    /** What {@code ObjectMethods} compares with: {@code ==}, {@code Float/Double.compare}, {@code Objects.equals}. */
    private static ConditionEmitter same(ProgramEmitter pe, ValueType type, ValueEmitter a, ValueEmitter b) {
        if (type instanceof ValueType.Primitive primitive) {
            return switch (primitive.getKind()) {
                case FLOAT -> pe.invoke("java.lang.Float", "compare", ValueType.INTEGER, a, b).isEqualTo(pe.constant(0));
                case DOUBLE -> pe.invoke("java.lang.Double", "compare", ValueType.INTEGER, a, b)
                        .isEqualTo(pe.constant(0));
                case LONG -> a.compareTo(b).isEqualTo(pe.constant(0));
                default -> a.isEqualTo(b);
            };
        }
        return pe.invoke("java.util.Objects", "equals", ValueType.BOOLEAN, a.cast(OBJECT), b.cast(OBJECT)).isTrue();
    }
}
