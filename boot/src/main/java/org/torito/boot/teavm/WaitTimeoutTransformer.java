package org.torito.boot.teavm;

import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.instructions.InvokeInstruction;

/**
 * Keeps {@code Object.wait(timeout)} from ending before its timeout. TeaVM 0.15 schedules the
 * timeout on its event queue at {@code System.currentTimeMillis() + timeout}, whole milliseconds,
 * and the queue runs an event at the start of its millisecond: a wait(30) begun at 10.7 ms ended
 * at 40 ms, 29.3 ms later, where HotSpot's waits at least 30. In {@code Object.waitImpl(long, int,
 * AsyncCallback)} the clock read becomes org.torito.guest.kernel.CoreIdle's
 * {@code waitStartMillis}, the time rounded up to the next millisecond, so the timeout fires up to
 * 1 ms late and never early. Unlike Thread.sleep (PreciseSleepTransformer) it is not made exact:
 * a wait's timeout is a safety net, and exactness costs a spin. A TeaVM whose waitImpl reads the
 * clock other than once fails the build.
 */
final class WaitTimeoutTransformer implements ClassHolderTransformer {
    private static final MethodDescriptor WAIT_IMPL = new MethodDescriptor("waitImpl", ValueType.LONG,
            ValueType.INTEGER, ValueType.object("org.teavm.interop.AsyncCallback"), ValueType.VOID);
    private static final MethodReference CURRENT_TIME = new MethodReference("java.lang.System", "currentTimeMillis",
            ValueType.LONG);
    private static final MethodReference WAIT_START = new MethodReference("org.torito.guest.kernel.CoreIdle",
            "waitStartMillis", ValueType.LONG);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals("java.lang.Object")) {
            return;
        }
        MethodHolder method = cls.getMethod(WAIT_IMPL);
        Program program = method == null ? null : method.getProgram();
        int clocks = 0;
        if (program != null) {
            for (BasicBlock block : program.getBasicBlocks()) {
                for (Instruction insn : block) {
                    if (insn instanceof InvokeInstruction invoke && invoke.getMethod().equals(CURRENT_TIME)) {
                        invoke.setMethod(WAIT_START);
                        clocks++;
                    }
                }
            }
        }
        if (clocks != 1) {
            context.getDiagnostics().error(null, "Torito: Object.waitImpl(long, int, AsyncCallback) does not call "
                    + "currentTimeMillis once; the wait-timeout rounding does not fit this TeaVM");
        }
    }
}
