package org.torito.boot.teavm.classlib;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.FieldReference;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.BinaryOperation;
import org.teavm.model.instructions.ExitInstruction;
import org.teavm.model.instructions.GetFieldInstruction;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.NumericOperandType;
import org.teavm.model.instructions.PutFieldInstruction;

/**
 * Two slips in TeaVM 0.15's LinkedList ListIterator ({@code SequentialListIterator}), both
 * printed by programs: {@code add} did not advance the cursor's index, so {@code nextIndex()}
 * and {@code previousIndex()} were one short after it (a Turing machine's tape printed its head
 * one cell left); and {@code set} forgot the element last returned, so a second {@code set}
 * threw IllegalStateException where the JDK replaces it again. The fix adds the increment
 * before {@code add} returns and drops {@code set}'s clearing store.
 */
public final class LinkedListCursor implements ClassHolderTransformer {
    private static final String ITERATOR = "java.util.LinkedList$SequentialListIterator";
    private static final ValueType OBJECT = ValueType.object("java.lang.Object");

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals(ITERATOR)) {
            return;
        }
        MethodHolder add = cls.getMethod(new MethodDescriptor("add", OBJECT, ValueType.VOID));
        MethodHolder set = cls.getMethod(new MethodDescriptor("set", OBJECT, ValueType.VOID));
        if (add == null || set == null || add.getProgram() == null || set.getProgram() == null
                || forgetsReturned(set.getProgram()).size() != 1) {
            context.getDiagnostics().error(null, "Torito: " + ITERATOR + " is not the one LinkedListCursor fixes; "
                    + "look at what this TeaVM version changed");
            return;
        }
        advanceIndex(add.getProgram(), new FieldReference(ITERATOR, "index"));
        forgetsReturned(set.getProgram()).forEach(Instruction::delete);
    }

    private static List<PutFieldInstruction> forgetsReturned(Program program) {
        List<PutFieldInstruction> stores = new ArrayList<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof PutFieldInstruction put && put.getField().getFieldName().equals("currentEntry")) {
                    stores.add(put);
                }
            }
        }
        return stores;
    }

    /** {@code this.index = this.index + 1} before each return. */
    private static void advanceIndex(Program program, FieldReference index) {
        List<ExitInstruction> exits = new ArrayList<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            if (block.getLastInstruction() instanceof ExitInstruction exit) {
                exits.add(exit);
            }
        }
        Variable self = program.variableAt(0);
        for (ExitInstruction exit : exits) {
            GetFieldInstruction read = new GetFieldInstruction();
            read.setInstance(self);
            read.setField(index);
            read.setFieldType(ValueType.INTEGER);
            read.setReceiver(program.createVariable());
            IntegerConstantInstruction one = new IntegerConstantInstruction();
            one.setConstant(1);
            one.setReceiver(program.createVariable());
            BinaryInstruction sum = new BinaryInstruction(BinaryOperation.ADD, NumericOperandType.INT);
            sum.setFirstOperand(read.getReceiver());
            sum.setSecondOperand(one.getReceiver());
            sum.setReceiver(program.createVariable());
            PutFieldInstruction write = new PutFieldInstruction();
            write.setInstance(self);
            write.setField(index);
            write.setFieldType(ValueType.INTEGER);
            write.setValue(sum.getReceiver());
            exit.insertPreviousAll(List.of(read, one, sum, write));
        }
    }
}
