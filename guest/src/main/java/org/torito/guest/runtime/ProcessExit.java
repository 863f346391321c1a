package org.torito.guest.runtime;

import org.teavm.interop.Import;
import org.teavm.interop.c.Include;

/**
 * What {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} do in an image
 * (TeaVM 0.15 has no {@code System.exit} and an empty {@code Runtime.exit}; the image pipeline
 * points all three here). The kernel's exit actions run first (mounted file systems are
 * unmounted), then buffered Java output is flushed; then the C library's {@code exit}, which is
 * the platform layer's EXIT hypercall in a guest and glibc's exit in a hosted build. There are
 * no application shutdown hooks: TeaVM has none.
 */
public final class ProcessExit {
    /** This core's exit actions (statics are per core), run once, last added first. */
    private static Runnable[] actions = new Runnable[0];
    private static boolean exiting;

    private ProcessExit() {
    }

    public static void exit(int status) {
        runExitActions();
        System.out.flush();
        System.err.flush();
        exitProcess(status);
    }

    /**
     * Registers {@code action} to run before this core ends the VM or its main returns
     * (the kernel's own clean-up, such as unmounting file systems; not a public hook).
     */
    public static void atExit(Runnable action) {
        Runnable[] more = new Runnable[actions.length + 1];
        System.arraycopy(actions, 0, more, 0, actions.length);
        more[actions.length] = action;
        actions = more;
    }

    /** Whether this core has exit actions that have not run. */
    public static boolean hasExitActions() {
        return actions.length > 0;
    }

    /** Runs the exit actions once; an action that throws is reported and the others still run. */
    public static void runExitActions() {
        if (exiting) {
            return;
        }
        exiting = true;
        for (int i = actions.length - 1; i >= 0; i--) {
            try {
                actions[i].run();
            } catch (RuntimeException e) {
                System.err.println("torito: at exit: " + e.getMessage());
            }
        }
        actions = new Runnable[0];
        exiting = false;
    }

    @Import(name = "exit")
    @Include("stdlib.h")
    private static native void exitProcess(int status);
}
