package org.torito.guest.kernel;

import org.torito.guest.boot.Application;

/**
 * What cores other than 0 run instead of main: wait for start requests on the control rings
 * from every other core and run each named {@link org.torito.guest.CoreTask} to its end, one
 * at a time, in arrival order per sender. It never returns: the VM ends when core 0's main
 * does.
 */
public final class CoreLoop {

    private CoreLoop() {
    }

    public static void run(Application application) {
        int me = KernelCalls.core();
        int cores = KernelCalls.cores();
        Ring[] control = new Ring[cores - 1];
        for (int from = 0, i = 0; from < cores; from++) {
            if (from != me) {
                control[i++] = Rings.control(from, me);
            }
        }
        for (;;) {
            boolean ran = false;
            for (Ring ring : control) {
                byte[] request = ring.poll();
                if (request != null) {
                    StartRequest.run(application, request);
                    ran = true;
                }
            }
            if (!ran) {
                CoreIdle.await(control);
            }
        }
    }
}
