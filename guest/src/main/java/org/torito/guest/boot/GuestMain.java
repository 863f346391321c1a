package org.torito.guest.boot;

import org.torito.guest.runtime.ProcessExit;

/**
 * Runs the application's main the way the {@code java} launcher does: an uncaught throwable
 * is reported on System.err as "Exception in thread "main" ..." with its stack trace, and the
 * exit status is 1; a normal return flushes the output and ends with status 0.
 */
public final class GuestMain {

    /** The launcher's status for an uncaught exception in main. */
    public static final int UNCAUGHT_EXCEPTION_STATUS = 1;

    private GuestMain() {
    }

    public static void run(Application application, String[] args) {
        try {
            application.run(args);
        } catch (Throwable t) {
            System.out.flush();
            System.err.print("Exception in thread \"main\" ");
            t.printStackTrace();
            ProcessExit.exit(UNCAUGHT_EXCEPTION_STATUS);
        }
        // Returning lets TeaVM's runtime finish its event queue (timers, other threads), as
        // HotSpot waits for non-daemon threads; the platform's exit then reports status 0.
        System.out.flush();
        System.err.flush();
    }
}
