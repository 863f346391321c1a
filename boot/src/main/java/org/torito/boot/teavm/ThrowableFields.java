package org.torito.boot.teavm;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.FieldReference;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.ConstructArrayInstruction;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.PutFieldInstruction;

/**
 * Two fields TeaVM 0.15's Throwable leaves unset. Its constructors run the bodies of private
 * {@code init} methods, and only the constructors' own bytecode (which the C backend does not
 * run) made the {@code suppressed} array: every addSuppressed threw NullPointerException, so
 * when a try-with-resources body and a close() both threw, that NPE replaced the body's
 * exception, and getSuppressed() threw too. And Throwable(Throwable cause) left the message
 * null where Java sets cause.toString(). Each constructor and {@code init} of java.lang.Throwable
 * now starts by making the empty array, and the ones taking only a cause set the message from it
 * (org.torito.guest.runtime.ThrowableMessages). Program ExceptionFlow.
 */
final class ThrowableFields implements ClassHolderTransformer {
    private static final String THROWABLE = "java.lang.Throwable";
    private static final ValueType THROWABLE_TYPE = ValueType.object(THROWABLE);
    private static final MethodReference MESSAGE_OF_CAUSE = new MethodReference(
            "org.torito.guest.runtime.ThrowableMessages", "ofCause", THROWABLE_TYPE, ValueType.object("java.lang.String"));

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals(THROWABLE)) {
            return;
        }
        int changed = 0;
        for (MethodHolder method : cls.getMethods()) {
            boolean constructor = method.getName().equals("<init>") || method.getName().equals("init");
            if (!constructor || method.getProgram() == null || method.getResultType() != ValueType.VOID) {
                continue;
            }
            Program program = method.getProgram();
            Variable self = program.variableAt(0);
            List<Instruction> code = new ArrayList<>();
            IntegerConstantInstruction zero = new IntegerConstantInstruction();
            zero.setConstant(0);
            zero.setReceiver(program.createVariable());
            code.add(zero);
            ConstructArrayInstruction empty = new ConstructArrayInstruction();
            empty.setItemType(THROWABLE_TYPE);
            empty.setSize(zero.getReceiver());
            empty.setReceiver(program.createVariable());
            code.add(empty);
            code.add(put(self, "suppressed", ValueType.arrayOf(THROWABLE_TYPE), empty.getReceiver()));
            if (method.parameterCount() == 1 && method.parameterType(0).equals(THROWABLE_TYPE)) {
                InvokeInstruction message = new InvokeInstruction();
                message.setType(InvocationType.SPECIAL);
                message.setMethod(MESSAGE_OF_CAUSE);
                message.setArguments(program.variableAt(1));
                message.setReceiver(program.createVariable());
                code.add(message);
                code.add(put(self, "message", ValueType.object("java.lang.String"), message.getReceiver()));
            }
            BasicBlock entry = program.basicBlockAt(0);
            entry.addFirstAll(code);
            changed++;
        }
        if (changed == 0) {
            context.getDiagnostics().error(null, "Torito: java.lang.Throwable has no constructor or init method;"
                    + " the Throwable fix does not fit this TeaVM version");
        }
    }

    private static PutFieldInstruction put(Variable instance, String field, ValueType type, Variable value) {
        PutFieldInstruction put = new PutFieldInstruction();
        put.setInstance(instance);
        put.setField(new FieldReference(THROWABLE, field));
        put.setFieldType(type);
        put.setValue(value);
        return put;
    }
}
