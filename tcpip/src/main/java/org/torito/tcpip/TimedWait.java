package org.torito.tcpip;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;

/**
 * One wait of a blocking socket on its own monitor, until notified or a deadline passes: what
 * java.net's SO_TIMEOUT means for accept and read. The caller holds the monitor and loops on its
 * condition; a wait that returns early is only another look at the condition.
 */
final class TimedWait {
    private TimedWait() {
    }

    /**
     * Waits on {@code monitor} (held by the caller) until notified, or until {@code deadline}
     * (System.nanoTime; 0: none), past which it throws SocketTimeoutException({@code timedOut}).
     */
    static void await(Object monitor, long deadline, String timedOut, String interrupted) throws IOException {
        try {
            if (deadline == 0) {
                monitor.wait();
                return;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new SocketTimeoutException(timedOut);
            }
            // Whole milliseconds, rounded up: a wait of 0 would be for ever.
            monitor.wait((left + 999_999) / 1_000_000);
        } catch (InterruptedException e) {
            throw new InterruptedIOException(interrupted);
        }
    }
}
