package org.torito.guest;

import org.torito.guest.kernel.KernelCalls;
import org.torito.guest.runtime.ProcessExit;

/**
 * This core's place in the machine. Every core runs its own copy of the program (its own
 * statics and heap); core 0 runs main, the others run {@link CoreTask}s on request.
 */
public final class Kernel {

    private Kernel() {
    }

    /** This core's number, 0 ... {@link #cores()} - 1. */
    public static int core() {
        return KernelCalls.core();
    }

    /** How many cores the VM has. */
    public static int cores() {
        return KernelCalls.cores();
    }

    /**
     * Nanoseconds since this core started. System.nanoTime and currentTimeMillis read the wall
     * clock instead (docs/boot-abi.md, "Wall clock"), which runs at the same rate.
     */
    public static long uptimeNanos() {
        return KernelCalls.uptimeNanos();
    }

    /** Ends the whole VM with {@code code}, from any core, after flushing this core's output. */
    public static void exit(int code) {
        ProcessExit.exit(code);
    }
}
