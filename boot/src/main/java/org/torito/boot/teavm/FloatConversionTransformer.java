package org.torito.boot.teavm;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.instructions.CastNumberInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;

/**
 * Gives float/double to int/long casts Java semantics (NaN to 0, saturation). TeaVM 0.15's C
 * backend emits a C cast, undefined out of range (x86: MIN_VALUE). Each such cast becomes a
 * call to org.torito.guest.runtime.FloatConversion (which itself keeps its guarded casts).
 */
final class FloatConversionTransformer implements ClassHolderTransformer {

    static final String RUNTIME_CLASS = "org.torito.guest.runtime.FloatConversion";

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        for (Program program : ManagedCode.rewritablePrograms(cls, RUNTIME_CLASS)) {
            transform(program);
        }
    }

    private static void transform(Program program) {
        List<CastNumberInstruction> casts = new ArrayList<>();
        for (int i = 0; i < program.basicBlockCount(); i++) {
            for (Instruction insn : program.basicBlockAt(i)) {
                if (insn instanceof CastNumberInstruction cast && runtimeMethod(cast) != null) {
                    casts.add(cast);
                }
            }
        }
        for (CastNumberInstruction cast : casts) {
            InvokeInstruction call = new InvokeInstruction();
            call.setType(InvocationType.SPECIAL);
            call.setMethod(runtimeMethod(cast));
            call.setArguments(cast.getValue());
            call.setReceiver(cast.getReceiver());
            call.setLocation(cast.getLocation());
            cast.replace(call);
        }
    }

    private static MethodReference runtimeMethod(CastNumberInstruction cast) {
        ValueType from = switch (cast.getSourceType()) {
            case FLOAT -> ValueType.FLOAT;
            case DOUBLE -> ValueType.DOUBLE;
            default -> null;
        };
        ValueType to = switch (cast.getTargetType()) {
            case INT -> ValueType.INTEGER;
            case LONG -> ValueType.LONG;
            default -> null;
        };
        if (from == null || to == null) {
            return null;
        }
        String name = (from == ValueType.FLOAT ? "float" : "double") + "To" + (to == ValueType.INTEGER ? "Int" : "Long");
        return new MethodReference(RUNTIME_CLASS, name, from, to);
    }
}
