package org.torito.vmm.host;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * Several eventfds one thread sleeps on together, as a thread serving more than one virtio
 * queue does. The eventfds stay their owners'; this holds only the poll array.
 */
public final class EventFdSet implements AutoCloseable {
    private static final short POLLIN = 1;
    private static final int POLLFD_SIZE = 8;

    private final int count;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment pollFds;
    private final MemorySegment callState = Libc.allocateCallState(arena);

    public EventFdSet(List<EventFd> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an EventFdSet needs at least one eventfd");
        }
        this.count = members.size();
        this.pollFds = arena.allocate((long) POLLFD_SIZE * count, 8);
        for (int i = 0; i < count; i++) {
            pollFds.set(JAVA_INT, (long) POLLFD_SIZE * i, members.get(i).fd());
        }
    }

    /** Sleeps until one of the eventfds has a non-zero counter; resets none of them. */
    public void awaitAny() {
        while (true) {
            for (int i = 0; i < count; i++) {
                pollFds.set(JAVA_SHORT, (long) POLLFD_SIZE * i + 4, POLLIN);
                pollFds.set(JAVA_SHORT, (long) POLLFD_SIZE * i + 6, (short) 0);
            }
            int result = Libc.ppoll(pollFds, count, MemorySegment.NULL, callState);
            if (result >= 0) {
                return;
            }
            if (result != -Libc.EINTR) {
                throw new HostCallException("ppoll on eventfds", -result, Libc.errnoText(-result));
            }
        }
    }

    @Override
    public void close() {
        arena.close();
    }
}
