package org.torito.guest.kernel;

import org.torito.guest.boot.Application;

/**
 * What cores other than 0 run instead of main: wait for start requests on the control rings
 * from every other core and start each named {@link org.torito.guest.CoreTask} in a thread of
 * its own (cooperative, on this core), in arrival order per sender. It never returns: the VM
 * ends when core 0's main does.
 */
public final class CoreLoop {

    private CoreLoop() {
    }

    public static void run(Application application) {
        Ring[] inbound = inboundControlRings();
        for (;;) {
            if (!runPending(application, inbound)) {
                CoreIdle.await(inbound);
            }
        }
    }

    private static Ring[] inboundControlRings() {
        int me = KernelCalls.core();
        int cores = KernelCalls.cores();
        Ring[] rings = new Ring[cores - 1];
        int i = 0;
        for (int from = 0; from < cores; from++) {
            if (from != me) {
                rings[i++] = Rings.control(from, me);
            }
        }
        return rings;
    }

    /**
     * Starts the requests waiting now, one per ring in turn; false if there were none. A task
     * runs in a thread, not inline here: tasks on one core run side by side (Cores.start's
     * contract), and inline, a task waiting on a channel made ping-pong round trips about
     * 150 times slower (docs/aot-pipeline.md, "TeaVM coroutine bugs", 2).
     */
    private static boolean runPending(Application application, Ring[] inbound) {
        boolean ran = false;
        for (Ring ring : inbound) {
            byte[] request = ring.poll();
            if (request != null) {
                new Thread(() -> StartRequest.run(application, request), "core-task").start();
                ran = true;
            }
        }
        return ran;
    }
}
