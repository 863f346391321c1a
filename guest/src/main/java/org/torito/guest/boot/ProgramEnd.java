package org.torito.guest.boot;

import org.torito.guest.runtime.ProcessExit;

/**
 * The program's end when it does not call System.exit: main has returned and no thread is left
 * (TeaVM's event queue has run dry). Then, and not when main returns, the kernel's exit actions
 * run (file systems are unmounted): a server's main returns right after it starts its threads,
 * and they go on using the disks. The image's C main calls {@link #ranDry} by its TeaVM name once
 * the queue is empty (org.torito.boot.GeneratedCodePatch) and runs the queue again if it says so.
 */
public final class ProgramEnd {
    private static boolean ended;

    private ProgramEnd() {
    }

    /**
     * Starts a thread that runs the exit actions and flushes the output; 1 if it did (the queue
     * has work again), 0 when there is nothing left to do. Runs outside any thread (after the
     * queue), so it only starts one: the actions may wait for a disk.
     */
    static int ranDry() {
        if (ended || !ProcessExit.hasExitActions()) {
            return 0;
        }
        ended = true;
        Thread last = new Thread(() -> {
            ProcessExit.runExitActions();
            System.out.flush();
            System.err.flush();
        });
        last.start();
        return 1;
    }
}
