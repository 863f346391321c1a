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
import org.teavm.model.Variable;
import org.teavm.model.instructions.ConstructArrayInstruction;
import org.teavm.model.instructions.ConstructMultiArrayInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;

/**
 * Makes {@code new T[n]} with a negative {@code n} throw NegativeArraySizeException. TeaVM
 * 0.15's C backend allocates without checking (and crashes on a negative inner dimension), so
 * a call to org.torito.guest.runtime.ArraySize.check goes before each allocation, for every
 * length that is not a non-negative constant.
 */
final class ArraySizeTransformer implements ClassHolderTransformer {

    static final MethodReference CHECK = new MethodReference("org.torito.guest.runtime.ArraySize", "check",
            ValueType.INTEGER, ValueType.VOID);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        for (Program program : ManagedCode.rewritablePrograms(cls, CHECK.getClassName())) {
            transform(program);
        }
    }

    private static void transform(Program program) {
        List<Instruction> allocations = new ArrayList<>();
        for (int i = 0; i < program.basicBlockCount(); i++) {
            for (Instruction insn : program.basicBlockAt(i)) {
                if (insn instanceof ConstructArrayInstruction || insn instanceof ConstructMultiArrayInstruction) {
                    allocations.add(insn);
                }
            }
        }
        if (allocations.isEmpty()) {
            return;
        }
        IntegerConstants constants = new IntegerConstants(program);
        for (Instruction allocation : allocations) {
            List<Variable> lengths = allocation instanceof ConstructArrayInstruction single
                    ? List.of(single.getSize())
                    : List.copyOf(((ConstructMultiArrayInstruction) allocation).getDimensions());
            for (Variable length : lengths) {
                Long value = constants.valueOf(length);
                if (value != null && value >= 0) {
                    continue;
                }
                InvokeInstruction check = new InvokeInstruction();
                check.setType(InvocationType.SPECIAL);
                check.setMethod(CHECK);
                check.setArguments(length);
                check.setLocation(allocation.getLocation());
                allocation.insertPrevious(check);
            }
        }
    }
}
