package org.torito.guest.boot;

import org.torito.guest.kernel.CoreLoop;
import org.torito.guest.kernel.KernelCalls;
import org.torito.guest.runtime.ProcessExit;

/**
 * Runs the application's main the way the {@code java} launcher does: an uncaught throwable
 * is reported on System.err as "Exception in thread "main" ..." with its stack trace, and the
 * exit status is 1; a normal return flushes the output, and once no thread is left the kernel's
 * exit actions run (unmounting file systems: {@link ProgramEnd}) and the status is 0. Every core
 * starts here (one isolate per core). Core 0 runs main; the others run the {@link CoreLoop}
 * and never return, unless the config says {@code "main": "every-core"}: then each core runs
 * main too, on its own heap, as N processes of one program would (a server binds its port on
 * every core's stack and serves the flows steered to it), and runs the CoreLoop once its main
 * returns. Core 0's run alone decides when the VM ends and with which status; an uncaught
 * throwable on any core ends it with status 1.
 */
public final class GuestMain {

    /** The launcher's status for an uncaught exception in main. */
    public static final int UNCAUGHT_EXCEPTION_STATUS = 1;

    private static Application application;

    private GuestMain() {
    }

    /** This image's application (its CoreTask registry); set before main runs. */
    public static Application application() {
        return application;
    }

    public static void run(Application app, String[] args) {
        application = app;
        boolean coreZero = onCoreZero();
        if (!coreZero && KernelCalls.mainOnEveryCore() == 0) {
            CoreLoop.run(app);
            return;
        }
        try {
            app.run(args);
        } catch (Throwable t) {
            System.out.flush();
            System.err.print("Exception in thread \"main\" ");
            t.printStackTrace();
            ProcessExit.exit(UNCAUGHT_EXCEPTION_STATUS);
        }
        if (!coreZero) {
            // A replica's return must not end the VM: its threads serve on, and CoreLoop parks this one.
            CoreLoop.run(app);
            return;
        }
        // Returning lets TeaVM's runtime finish its event queue (timers, other threads), as
        // HotSpot waits for non-daemon threads; the file systems are unmounted once that has
        // run dry (ProgramEnd), and the platform's exit then reports status 0.
        System.out.flush();
        System.err.flush();
    }

    /** In a guest, whether this is core 0; on HotSpot (tests of the generated entry), always. */
    private static boolean onCoreZero() {
        try {
            return KernelCalls.core() == 0;
        } catch (Error hotSpot) {   // UnsatisfiedLinkError; TeaVM's class library has no such class
            return true;
        }
    }
}
