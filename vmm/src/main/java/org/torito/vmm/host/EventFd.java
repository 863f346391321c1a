package org.torito.vmm.host;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * A non-blocking eventfd: a counter KVM (through an ioeventfd) or another thread adds to, and
 * one waiting thread sleeps on. {@link #await} and {@link #drain} belong to that one thread;
 * {@link #signal} may come from any thread.
 */
public final class EventFd implements AutoCloseable {
    private static final short POLLIN = 1;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final int fd;
    private final Arena arena = Arena.ofShared();
    // The waiting thread's buffers, allocated once so an IDLE costs no allocation.
    private final MemorySegment pollFd = arena.allocate(8, 8);
    private final MemorySegment timeout = arena.allocate(16, 8);
    private final MemorySegment counter = arena.allocate(8, 8);
    private final MemorySegment waitState = Libc.allocateCallState(arena);

    public EventFd() {
        this.fd = Libc.eventfd(0, Libc.EFD_CLOEXEC | Libc.EFD_NONBLOCK);
        pollFd.set(JAVA_INT, 0, fd);
    }

    /**
     * Makes the calls behind {@link #await} and {@link #drain} once, on a throwaway eventfd. The
     * first call through each links its FFM path (1.4-3.9 ms here, measured, with or without
     * the launcher's AOT cache): a thread whose first wait must be punctual, a vCPU's first
     * IDLE before a Thread.sleep's deadline, should not be the one that pays it.
     */
    public static void linkCalls() {
        try (EventFd probe = new EventFd()) {
            probe.await(0);
            probe.drain();
        }
    }

    public int fd() {
        return fd;
    }

    /** Adds one to the counter, waking a thread in {@link #await}. */
    public void signal() {
        try (Arena local = Arena.ofConfined()) {
            MemorySegment one = local.allocate(8, 8);
            one.set(JAVA_LONG, 0, 1);
            MemorySegment state = Libc.allocateCallState(local);
            long result;
            do {
                result = Libc.write(fd, one, state);
            } while (result == -Libc.EINTR);
            // EAGAIN means the counter is at its maximum: it is signalled already.
            if (result < 0 && result != -Libc.EAGAIN) {
                throw new HostCallException("write to eventfd", (int) -result, Libc.errnoText((int) -result));
            }
        }
    }

    /**
     * Sleeps until the counter is non-zero or {@code nanos} have passed ({@code nanos < 0}: no
     * limit). Returns whether it was signalled. Does not reset the counter.
     */
    public boolean await(long nanos) {
        long deadline = System.nanoTime() + nanos;
        while (true) {
            MemorySegment limit = MemorySegment.NULL;
            if (nanos >= 0) {
                long left = Math.max(0, deadline - System.nanoTime());
                timeout.set(JAVA_LONG, 0, left / NANOS_PER_SECOND);
                timeout.set(JAVA_LONG, 8, left % NANOS_PER_SECOND);
                limit = timeout;
            }
            pollFd.set(JAVA_SHORT, 4, POLLIN);
            pollFd.set(JAVA_SHORT, 6, (short) 0);
            int result = Libc.ppoll(pollFd, 1, limit, waitState);
            if (result >= 0) {
                return result > 0;
            }
            if (result != -Libc.EINTR) {
                throw new HostCallException("ppoll on eventfd", -result, Libc.errnoText(-result));
            }
        }
    }

    /** Resets the counter to zero; returns what it was. */
    public long drain() {
        long result = Libc.read(fd, counter, waitState);
        if (result == -Libc.EAGAIN) {
            return 0;
        }
        if (result < 0) {
            throw new HostCallException("read from eventfd", (int) -result, Libc.errnoText((int) -result));
        }
        return counter.get(JAVA_LONG, 0);
    }

    @Override
    public void close() {
        Libc.close(fd);
        arena.close();
    }
}
