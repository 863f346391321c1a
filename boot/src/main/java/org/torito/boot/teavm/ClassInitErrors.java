package org.torito.boot.teavm;

import java.util.List;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.TryCatchBlock;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.RaiseInstruction;
import org.teavm.model.instructions.StringConstantInstruction;

/**
 * Gives an application class whose static initialiser throws the JVM's answers (JLS 12.4.2):
 * ExceptionInInitializerError around the exception the first time, NoClassDefFoundError on
 * every later use. TeaVM 0.15 let the exception out as it was and counted the class as
 * initialised. Each {@code <clinit>} (after {@link ClassInitOrder} has put the supertypes'
 * initialisation at its start, so a failing superclass fails the class too, as in the JVM)
 * starts with {@code ClassInitFailures.checkNotFailed}, and a handler around its whole body
 * records the failure, clears TeaVM's "initialised" flag ({@link InitializedFlagsIntrinsic}) so
 * that the next use comes back here, and throws what {@code ClassInitFailures.failed} returns.
 */
final class ClassInitErrors implements ClassHolderTransformer {
    private static final MethodDescriptor CLINIT = new MethodDescriptor("<clinit>", ValueType.VOID);
    private static final String FAILURES = "org.torito.guest.runtime.ClassInitFailures";
    private static final ValueType STRING = ValueType.object("java.lang.String");
    private static final ValueType THROWABLE = ValueType.object("java.lang.Throwable");
    private static final MethodReference CHECK = new MethodReference(FAILURES, "checkNotFailed", STRING,
            ValueType.VOID);
    private static final MethodReference FAILED = new MethodReference(FAILURES, "failed", THROWABLE, STRING,
            THROWABLE);
    private static final MethodReference CLEAR = new MethodReference(InitializedFlagsIntrinsic.CLASS_NAME, "clear",
            STRING, ValueType.VOID);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        // The kernel's own classes (the guest kernel and its TCP/IP stack, which lived inside it
        // until it became a module of its own) keep TeaVM's plain initialisers.
        if (ManagedCode.isClassLibrary(cls.getName()) || !ManagedCode.isManaged(cls)
                || cls.getName().startsWith("org.torito.guest.") || cls.getName().startsWith("org.torito.tcpip.")) {
            return;
        }
        MethodHolder clinit = cls.getMethod(CLINIT);
        if (clinit == null || clinit.getProgram() == null) {
            return;
        }
        Program program = clinit.getProgram();
        int blocks = program.basicBlockCount();
        BasicBlock handler = program.createBasicBlock();
        Variable caught = program.createVariable();
        handler.setExceptionVariable(caught);
        Variable name = program.createVariable();
        Variable toThrow = program.createVariable();
        RaiseInstruction raise = new RaiseInstruction();
        raise.setException(toThrow);
        handler.addAll(List.of(className(cls, name), call(FAILED, toThrow, caught, name), call(CLEAR, null, name),
                raise));
        for (int i = 0; i < blocks; i++) {
            TryCatchBlock catchAll = new TryCatchBlock();
            catchAll.setHandler(handler);
            program.basicBlockAt(i).getTryCatchBlocks().add(catchAll);
        }
        Variable checkedName = program.createVariable();
        program.basicBlockAt(0).addFirstAll(List.of(className(cls, checkedName), call(CHECK, null, checkedName)));
    }

    private static Instruction className(ClassHolder cls, Variable receiver) {
        StringConstantInstruction constant = new StringConstantInstruction();
        constant.setConstant(cls.getName());
        constant.setReceiver(receiver);
        return constant;
    }

    private static Instruction call(MethodReference method, Variable receiver, Variable... arguments) {
        InvokeInstruction invoke = new InvokeInstruction();
        invoke.setType(InvocationType.SPECIAL);
        invoke.setMethod(method);
        invoke.setArguments(arguments);
        invoke.setReceiver(receiver);
        return invoke;
    }
}
