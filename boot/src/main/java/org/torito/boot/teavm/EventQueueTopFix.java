package org.torito.boot.teavm;

import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;

/**
 * TeaVM 0.15's {@code EventQueue.next()} reads the top event, waits until it is due, then takes
 * the top slot off the queue and runs the event it read before the wait. An event offered at
 * the top during the wait (org.torito.guest.kernel.CoreIdle resumes a parked thread from inside
 * the wait) is then removed unrun, and its thread never runs again: a core serving the network
 * went to sleep for good with its receive ring full once its vCPU was held up for a millisecond
 * at the wrong moment. The body becomes: wait for the top, then run whatever is at the top now
 * if it is due ({@code processSingle}, which re-reads the top). {@code process()} calls next()
 * only while the queue holds an event.
 */
final class EventQueueTopFix implements ClassHolderTransformer {

    private static final String EVENT_QUEUE = "org.teavm.runtime.EventQueue";
    private static final ValueType NODE = ValueType.object(EVENT_QUEUE + "$Node");
    private static final MethodDescriptor NEXT = new MethodDescriptor("next", ValueType.VOID);
    private static final MethodReference WAIT_UNTIL = new MethodReference(EVENT_QUEUE, "waitUntil", ValueType.LONG,
            ValueType.VOID);
    private static final MethodReference PROCESS_SINGLE = new MethodReference(EVENT_QUEUE, "processSingle",
            ValueType.LONG);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals(EVENT_QUEUE)) {
            return;
        }
        MethodHolder next = cls.getMethod(NEXT);
        if (next == null || cls.getMethod(PROCESS_SINGLE.getDescriptor()) == null
                || cls.getMethod(WAIT_UNTIL.getDescriptor()) == null || cls.getField("data") == null
                || !cls.getField("data").getType().equals(ValueType.arrayOf(NODE))) {
            context.getDiagnostics().error(null, "Torito: EventQueue has no next(), processSingle(), waitUntil(long) "
                    + "or Node[] data; the event-queue fix does not fit this TeaVM");
            return;
        }
        next.getModifiers().remove(ElementModifier.NATIVE);
        ProgramEmitter pe = ProgramEmitter.create(next, context.getHierarchy());
        ValueEmitter top = pe.getField(EVENT_QUEUE, "data", ValueType.arrayOf(NODE)).getElement(0);
        pe.invoke(WAIT_UNTIL, top.getField("time", ValueType.LONG));
        pe.invoke(PROCESS_SINGLE);
        pe.exit();
    }
}
