package org.torito.vmm.host;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/**
 * A connected pair of AF_UNIX SOCK_SEQPACKET sockets: message boundaries are kept, and when one
 * end's process dies the other end reads end-of-file.
 */
public record SeqPacketPair(int here, int there) implements AutoCloseable {
    private static final int AF_UNIX = 1;
    private static final int SOCK_SEQPACKET = 5;
    private static final int SOCK_CLOEXEC = 0x80000;
    private static final MethodHandle SOCKETPAIR = Libc.downcall("socketpair",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS));

    public static SeqPacketPair open() {
        int[] fds = new int[2];
        Libc.checked("socketpair", (arena, state) -> {
            var pair = arena.allocate(JAVA_INT, 2);
            int result = (int) SOCKETPAIR.invokeExact(state, AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pair);
            fds[0] = pair.getAtIndex(JAVA_INT, 0);
            fds[1] = pair.getAtIndex(JAVA_INT, 1);
            return result;
        });
        return new SeqPacketPair(fds[0], fds[1]);
    }

    /** Closes the other process's end, once it has its own copy. */
    public void closeThere() {
        Libc.close(there);
    }

    @Override
    public void close() {
        Libc.close(here);
    }
}
