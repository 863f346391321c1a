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
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.BinaryOperation;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.NumericOperandType;

/**
 * Gives int and long {@code /} and {@code %} Java semantics. TeaVM 0.15's C backend emits
 * plain C division, which traps (x86 {@code idiv}) on a zero divisor and on MIN_VALUE / -1
 * instead of throwing ArithmeticException or wrapping. Each such instruction becomes a call to
 * org.torito.guest.runtime.IntegerDivision, except where the divisor is a constant other than
 * 0 and -1 (the common {@code x / 10}), which cannot trap and keeps gcc's fast code. Calls of
 * Integer's and Long's divideUnsigned and remainderUnsigned, which the C backend inlines as a
 * bare unsigned division, go there too unless the divisor is a constant other than 0.
 */
final class DivisionTransformer implements ClassHolderTransformer {

    static final String RUNTIME_CLASS = "org.torito.guest.runtime.IntegerDivision";

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        for (Program program : ManagedCode.rewritablePrograms(cls, RUNTIME_CLASS)) {
            transform(program);
        }
    }

    private static void transform(Program program) {
        List<BinaryInstruction> divisions = new ArrayList<>();
        for (int i = 0; i < program.basicBlockCount(); i++) {
            for (Instruction insn : program.basicBlockAt(i)) {
                if (insn instanceof BinaryInstruction binary && isIntegerDivision(binary)) {
                    divisions.add(binary);
                }
            }
        }
        List<InvokeInstruction> unsigned = new ArrayList<>();
        for (int i = 0; i < program.basicBlockCount(); i++) {
            for (Instruction insn : program.basicBlockAt(i)) {
                if (insn instanceof InvokeInstruction call && isUnsignedDivision(call.getMethod())) {
                    unsigned.add(call);
                }
            }
        }
        if (divisions.isEmpty() && unsigned.isEmpty()) {
            return;
        }
        IntegerConstants constants = new IntegerConstants(program);
        for (InvokeInstruction call : unsigned) {
            Long divisor = constants.valueOf(call.getArguments().get(1));
            if (divisor == null || divisor == 0) {
                MethodReference method = call.getMethod();
                call.setMethod(new MethodReference(RUNTIME_CLASS, method.getName(), method.getSignature()));
            }
        }
        for (BinaryInstruction binary : divisions) {
            Long divisor = constants.valueOf(binary.getSecondOperand());
            if (divisor != null && divisor != 0 && divisor != -1) {
                continue;
            }
            InvokeInstruction call = new InvokeInstruction();
            call.setType(InvocationType.SPECIAL);
            call.setMethod(runtimeMethod(binary));
            call.setArguments(binary.getFirstOperand(), binary.getSecondOperand());
            call.setReceiver(binary.getReceiver());
            call.setLocation(binary.getLocation());
            binary.replace(call);
        }
    }

    /** Integer's and Long's divideUnsigned and remainderUnsigned, which TeaVM's C backend inlines as a bare division. */
    private static boolean isUnsignedDivision(MethodReference method) {
        return (method.getClassName().equals("java.lang.Integer") || method.getClassName().equals("java.lang.Long"))
                && (method.getName().equals("divideUnsigned") || method.getName().equals("remainderUnsigned"));
    }

    private static boolean isIntegerDivision(BinaryInstruction binary) {
        return (binary.getOperation() == BinaryOperation.DIVIDE || binary.getOperation() == BinaryOperation.MODULO)
                && (binary.getOperandType() == NumericOperandType.INT
                        || binary.getOperandType() == NumericOperandType.LONG);
    }

    private static MethodReference runtimeMethod(BinaryInstruction binary) {
        ValueType type = binary.getOperandType() == NumericOperandType.INT ? ValueType.INTEGER : ValueType.LONG;
        String name = binary.getOperation() == BinaryOperation.DIVIDE ? "divide" : "remainder";
        return new MethodReference(RUNTIME_CLASS, name, type, type, type);
    }
}
