package org.torito.vmm.host;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * How long the calling thread has waited, in all, ready to run but without a host CPU: the
 * second field of its {@code /proc/thread-self/schedstat} (the scheduler's {@code run_delay}).
 * A vCPU thread that wakes from a timed IDLE while other vCPUs hold the host's CPUs waits
 * there; the difference across the IDLE tells the guest how much of its lateness was the
 * host's congestion, which no longer spin of its own could make up for (docs/boot-abi.md,
 * "Punctual wake-ups"). Opened on the thread it measures; read only there. Where the kernel
 * keeps no such count the reading is always 0.
 */
public final class RunQueueDelay implements AutoCloseable {
    private static final Path OWN_SCHEDSTAT = Path.of("/proc/thread-self/schedstat");

    private final FileChannel file;
    private final ByteBuffer text = ByteBuffer.allocateDirect(96);

    private RunQueueDelay(FileChannel file) {
        this.file = file;
    }

    /** For the calling thread; null where the host has no per-thread schedstat. */
    public static RunQueueDelay ofCallingThread() {
        try {
            RunQueueDelay delay = new RunQueueDelay(FileChannel.open(OWN_SCHEDSTAT));
            delay.nanos();
            return delay;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The nanoseconds this thread has spent runnable but not running since it started. */
    public long nanos() {
        text.clear();
        try {
            int n = file.read(text, 0);
            return n <= 0 ? 0 : secondField(n);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The text is "cpu_time run_delay timeslices\n". */
    private long secondField(int length) {
        int i = 0;
        while (i < length && text.get(i) != ' ') {
            i++;
        }
        long value = 0;
        for (i++; i < length; i++) {
            byte b = text.get(i);
            if (b < '0' || b > '9') {
                break;
            }
            value = value * 10 + (b - '0');
        }
        return value;
    }

    @Override
    public void close() {
        try {
            file.close();
        } catch (IOException e) {
            // Nothing was written; the descriptor is gone either way.
        }
    }
}
