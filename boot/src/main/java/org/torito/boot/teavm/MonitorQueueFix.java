package org.torito.boot.teavm;

import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.Program;
import org.teavm.model.instructions.PutFieldInstruction;

/**
 * TeaVM 0.15's {@code Object.waitForOtherThreads} (run after a contended monitor is released)
 * takes the first thread off the monitor's queue of entering threads, resumes it, and sets the
 * queue to null: every other thread still queued is dropped and never runs again. With three
 * threads contending for one lock, one was lost, and a main thread joining it ended with the
 * event queue run dry (exit 0, no output). This removes the store: the queue keeps the others,
 * and the next monitorExit wakes the next one (it offers waitForOtherThreads again while the
 * queue is not empty; an empty queue counts as no queue everywhere, isEmptyMonitor included).
 */
final class MonitorQueueFix implements ClassHolderTransformer {

    private static final String OBJECT = "java.lang.Object";
    private static final String MONITOR = "java.lang.Object$Monitor";
    private static final String METHOD = "waitForOtherThreads";

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals(OBJECT)) {
            return;
        }
        MethodHolder method = cls.getMethods().stream().filter(m -> m.getName().equals(METHOD)).findFirst()
                .orElse(null);
        int removed = 0;
        if (method != null && method.getProgram() != null) {
            Program program = method.getProgram();
            for (int i = 0; i < program.basicBlockCount(); i++) {
                BasicBlock block = program.basicBlockAt(i);
                for (Instruction insn : block) {
                    if (insn instanceof PutFieldInstruction put && put.getField().getClassName().equals(MONITOR)
                            && put.getField().getFieldName().equals("enteringThreads")) {
                        insn.delete();
                        removed++;
                        break;
                    }
                }
            }
        }
        if (removed != 1) {
            context.getDiagnostics().error(null, "Torito: Object.waitForOtherThreads has " + removed
                    + " stores to Monitor.enteringThreads, expected 1; the monitor-queue fix does not fit this TeaVM");
        }
    }
}
