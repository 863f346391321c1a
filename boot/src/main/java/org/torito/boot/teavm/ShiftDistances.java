package org.torito.boot.teavm;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.Program;
import org.teavm.model.Variable;
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.BinaryOperation;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.NumericOperandType;

/**
 * Masks every shift distance as Java does: an int shifts by {@code d & 31}, a long by
 * {@code d & 63}. TeaVM 0.15 writes the bare C operator, and a C shift by the width or more
 * is undefined: where gcc knew the distance it folded {@code x >>> 33} to 0 (Java: {@code x
 * >>> 1}), {@code x << 64} to 0 (Java: x). A distance only known at run time came out right
 * because x86's shift instructions mask it in hardware, which is also why gcc drops the
 * {@code &} this adds there: the fix costs nothing where the code was already right.
 */
final class ShiftDistances implements ClassHolderTransformer {

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        for (Program program : ManagedCode.rewritablePrograms(cls, "")) {
            transform(program);
        }
    }

    private static void transform(Program program) {
        List<BinaryInstruction> shifts = new ArrayList<>();
        for (int i = 0; i < program.basicBlockCount(); i++) {
            for (Instruction insn : program.basicBlockAt(i)) {
                if (insn instanceof BinaryInstruction binary && isShift(binary.getOperation())) {
                    shifts.add(binary);
                }
            }
        }
        for (BinaryInstruction shift : shifts) {
            IntegerConstantInstruction mask = new IntegerConstantInstruction();
            mask.setConstant(shift.getOperandType() == NumericOperandType.LONG ? 63 : 31);
            mask.setReceiver(program.createVariable());
            mask.setLocation(shift.getLocation());
            BinaryInstruction masked = new BinaryInstruction(BinaryOperation.AND, NumericOperandType.INT);
            masked.setFirstOperand(shift.getSecondOperand());
            masked.setSecondOperand(mask.getReceiver());
            Variable distance = program.createVariable();
            masked.setReceiver(distance);
            masked.setLocation(shift.getLocation());
            shift.insertPrevious(mask);
            shift.insertPrevious(masked);
            shift.setSecondOperand(distance);
        }
    }

    private static boolean isShift(BinaryOperation operation) {
        return operation == BinaryOperation.SHIFT_LEFT || operation == BinaryOperation.SHIFT_RIGHT
                || operation == BinaryOperation.SHIFT_RIGHT_UNSIGNED;
    }
}
