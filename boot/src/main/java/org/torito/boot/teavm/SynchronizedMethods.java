package org.torito.boot.teavm;

import java.util.ArrayList;
import java.util.List;

import org.teavm.model.AccessLevel;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.TryCatchBlock;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.ClassConstantInstruction;
import org.teavm.model.instructions.ExitInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.JumpInstruction;
import org.teavm.model.instructions.MonitorEnterInstruction;
import org.teavm.model.instructions.MonitorExitInstruction;
import org.teavm.model.instructions.RaiseInstruction;

/**
 * TeaVM 0.15's C backend ignores the {@code synchronized} modifier of a method (its JavaScript
 * backend honours it in the renderer): no monitor is taken, so {@code wait()} inside throws
 * IllegalMonitorStateException and two threads interleave inside the method across a suspension.
 * Each synchronized method of the application becomes what {@code synchronized (lock)} around
 * its body would compile to: its body moves to a private method of its own, and the method
 * enters the monitor ({@code this}, or the class for a static method), calls the body, and exits
 * the monitor on return and on any exception. The class library's methods are left alone:
 * TeaVM's runtime is written knowing they are not synchronized.
 */
final class SynchronizedMethods implements ClassHolderTransformer {
    private static final String BODY_SUFFIX = "$torito$unsynchronized";

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (ManagedCode.isClassLibrary(cls.getName())) {
            return;
        }
        List<MethodHolder> synchronizedMethods = new ArrayList<>();
        for (MethodHolder method : cls.getMethods()) {
            if (method.hasModifier(ElementModifier.SYNCHRONIZED) && method.hasProgram()) {
                synchronizedMethods.add(method);
            }
        }
        for (MethodHolder method : synchronizedMethods) {
            wrap(cls, method);
        }
    }

    private static void wrap(ClassHolder cls, MethodHolder method) {
        boolean isStatic = method.hasModifier(ElementModifier.STATIC);
        MethodHolder body = new MethodHolder(new MethodDescriptor(method.getName() + BODY_SUFFIX,
                method.getSignature()));
        body.setLevel(AccessLevel.PRIVATE);
        body.getModifiers().add(ElementModifier.FINAL);
        if (isStatic) {
            body.getModifiers().add(ElementModifier.STATIC);
        }
        body.setProgram(method.getProgram());
        cls.addMethod(body);

        method.getModifiers().remove(ElementModifier.SYNCHRONIZED);
        method.setProgram(lockedCall(cls.getName(), method, body.getReference(), isStatic));
    }

    /**
     * enter: lock = this or the class; monitorEnter lock; goto call.
     * call (any exception goes to release): result = body(args); goto leave.
     * leave: monitorExit lock; return result.
     * release: monitorExit lock; throw the exception.
     */
    private static Program lockedCall(String className, MethodHolder method, MethodReference body, boolean isStatic) {
        Program program = new Program();
        ValueType[] parameters = method.getParameterTypes();
        Variable self = program.createVariable();
        Variable[] arguments = new Variable[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = program.createVariable();
        }
        BasicBlock enter = program.createBasicBlock();
        BasicBlock call = program.createBasicBlock();
        BasicBlock leave = program.createBasicBlock();
        BasicBlock release = program.createBasicBlock();

        Variable lock = self;
        if (isStatic) {
            lock = program.createVariable();
            ClassConstantInstruction classConstant = new ClassConstantInstruction();
            classConstant.setConstant(ValueType.object(className));
            classConstant.setReceiver(lock);
            enter.add(classConstant);
        }
        MonitorEnterInstruction monitorEnter = new MonitorEnterInstruction();
        monitorEnter.setObjectRef(lock);
        enter.add(monitorEnter);
        enter.add(jump(call));

        InvokeInstruction invoke = new InvokeInstruction();
        invoke.setType(InvocationType.SPECIAL);
        invoke.setMethod(body);
        if (!isStatic) {
            invoke.setInstance(self);
        }
        invoke.setArguments(arguments);
        Variable result = null;
        if (method.getResultType() != ValueType.VOID) {
            result = program.createVariable();
            invoke.setReceiver(result);
        }
        call.add(invoke);
        call.add(jump(leave));
        TryCatchBlock anyException = new TryCatchBlock();
        anyException.setHandler(release);
        call.getTryCatchBlocks().add(anyException);

        leave.add(monitorExit(lock));
        ExitInstruction exit = new ExitInstruction();
        exit.setValueToReturn(result);
        leave.add(exit);

        Variable exception = program.createVariable();
        release.setExceptionVariable(exception);
        release.add(monitorExit(lock));
        RaiseInstruction raise = new RaiseInstruction();
        raise.setException(exception);
        release.add(raise);
        return program;
    }

    private static JumpInstruction jump(BasicBlock target) {
        JumpInstruction jump = new JumpInstruction();
        jump.setTarget(target);
        return jump;
    }

    private static MonitorExitInstruction monitorExit(Variable lock) {
        MonitorExitInstruction monitorExit = new MonitorExitInstruction();
        monitorExit.setObjectRef(lock);
        return monitorExit;
    }
}
