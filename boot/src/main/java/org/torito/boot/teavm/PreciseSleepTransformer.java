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
 * Makes Thread.sleep exact to the nanosecond instead of the millisecond. TeaVM 0.15 schedules a
 * sleep on its event queue at {@code System.currentTimeMillis() + ms}, whole milliseconds: a
 * sleep(50) begun at 10.7 ms would be due at 60 ms, 49.3 ms later. In {@code Thread.sleep(long,
 * AsyncCallback)} the two calls become org.torito.guest.kernel.CoreIdle's {@code sleepStartMillis}
 * (which remembers the start in nanoseconds) and {@code offerSleep} (which remembers the exact
 * deadline for the queue's wait). A TeaVM whose sleep lacks either call fails the build.
 */
final class PreciseSleepTransformer implements ClassHolderTransformer {

    private static final String CORE_IDLE = "org.torito.guest.kernel.CoreIdle";
    private static final ValueType EVENT = ValueType.object("org.teavm.runtime.EventQueue$Event");
    private static final MethodDescriptor SLEEP = new MethodDescriptor("sleep", ValueType.LONG,
            ValueType.object("org.teavm.interop.AsyncCallback"), ValueType.VOID);
    private static final MethodReference CURRENT_TIME = new MethodReference("java.lang.System", "currentTimeMillis",
            ValueType.LONG);
    private static final MethodReference OFFER = new MethodReference("org.teavm.runtime.EventQueue", "offer", EVENT,
            ValueType.LONG, ValueType.INTEGER);
    private static final MethodReference SLEEP_START = new MethodReference(CORE_IDLE, "sleepStartMillis",
            ValueType.LONG);
    private static final MethodReference OFFER_SLEEP = new MethodReference(CORE_IDLE, "offerSleep", EVENT,
            ValueType.LONG, ValueType.INTEGER);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals("java.lang.Thread")) {
            return;
        }
        MethodHolder method = cls.getMethod(SLEEP);
        Program program = method == null ? null : method.getProgram();
        int clocks = 0;
        int offers = 0;
        if (program != null) {
            for (BasicBlock block : program.getBasicBlocks()) {
                for (Instruction insn : block) {
                    if (insn instanceof InvokeInstruction invoke) {
                        if (invoke.getMethod().equals(CURRENT_TIME)) {
                            invoke.setMethod(SLEEP_START);
                            clocks++;
                        } else if (invoke.getMethod().equals(OFFER)) {
                            invoke.setMethod(OFFER_SLEEP);
                            offers++;
                        }
                    }
                }
            }
        }
        if (clocks != 1 || offers != 1) {
            context.getDiagnostics().error(null, "Torito: Thread.sleep(long, AsyncCallback) does not call "
                    + "currentTimeMillis and EventQueue.offer once each; the precise sleep does not fit this TeaVM");
        }
    }
}
