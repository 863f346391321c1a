package org.torito.guest;

import org.torito.guest.boot.GuestMain;
import org.torito.guest.kernel.Rings;
import org.torito.guest.kernel.StartRequest;

/** Starting work on other cores. */
public final class Cores {

    private Cores() {
    }

    /**
     * Asks {@code core} to run {@code new task().run(args)} once it has finished the tasks
     * asked of it before. Returns when the request is queued, not when the task ends: have the
     * task answer over a {@link Channel}. Core 0 runs main and takes no tasks.
     */
    public static void start(int core, Class<? extends CoreTask> task, byte[] args) {
        int id = GuestMain.application().coreTaskId(task);
        if (id < 0) {
            throw new IllegalArgumentException(task.getName() + " is not a CoreTask the image builder registered "
                    + "(public, not abstract, with a public no-argument constructor, on the classpath or in the "
                    + "main class's package)");
        }
        if (core <= 0 || core >= Kernel.cores() || core == Kernel.core()) {
            throw new IllegalArgumentException("cannot start a task on core " + core + " from core " + Kernel.core()
                    + " of " + Kernel.cores() + " (core 0 runs main)");
        }
        byte[] request = StartRequest.encode(id, args);
        var ring = Rings.control(Kernel.core(), core);
        while (!ring.offer(request)) {
            Thread.yield();
        }
    }
}
