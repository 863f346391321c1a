package org.torito.boot.teavm;

import java.util.ArrayList;
import java.util.List;

import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.MonitorEnterInstruction;

/**
 * TeaVM 0.15's C backend lowers a monitor-enter to a call of the suspending
 * {@code Object.monitorEnter} but does not make that call a suspension point: when the monitor
 * is held by a thread suspended inside it, the entering thread's fiber starts to suspend, yet its
 * method goes on into the critical section without the lock (and a later monitor-exit throws
 * IllegalMonitorStateException). A plain call to {@code Object.monitorEnter} is a suspension point
 * like any other, so this pass writes every monitor-enter of the application as one. It runs
 * after {@link SynchronizedMethods}, which adds monitor-enters of its own.
 *
 * <p>TeaVM's coroutine pass cannot split the entry block (block 0: it moves that block's code to
 * a new block its liveness data does not cover, and fails with an index out of bounds), so a
 * method whose entry block enters a monitor gets a new, empty entry block first.
 */
final class SuspendingMonitorEnter implements ClassHolderTransformer {
    static final MethodReference MONITOR_ENTER = new MethodReference("java.lang.Object", "monitorEnter",
            ValueType.object("java.lang.Object"), ValueType.VOID);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (ManagedCode.isClassLibrary(cls.getName())) {
            return;
        }
        for (MethodHolder method : cls.getMethods()) {
            if (method.hasProgram()) {
                rewrite(method.getProgram());
            }
        }
    }

    private static void rewrite(Program program) {
        boolean entryEnters = false;
        for (int i = 0; i < program.basicBlockCount(); i++) {
            BasicBlock block = program.basicBlockAt(i);
            if (block == null) {
                continue;
            }
            List<MonitorEnterInstruction> enters = new ArrayList<>();
            for (Instruction insn : block) {
                if (insn instanceof MonitorEnterInstruction enter) {
                    enters.add(enter);
                }
            }
            for (MonitorEnterInstruction enter : enters) {
                InvokeInstruction call = new InvokeInstruction();
                call.setType(InvocationType.SPECIAL);
                call.setMethod(MONITOR_ENTER);
                call.setArguments(enter.getObjectRef());
                call.setLocation(enter.getLocation());
                enter.replace(call);
                entryEnters |= i == 0;
            }
        }
        if (entryEnters) {
            EntryBlocks.addEmptyEntry(program);
        }
    }
}
