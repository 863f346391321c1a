package org.torito.vmm.host;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * An anonymous shared-memory file (memfd_create): guest RAM lives in one, so that the monitor,
 * KVM and a core's sandbox process can all map the same pages.
 */
public final class MemFd implements AutoCloseable {
    private static final int MFD_CLOEXEC = 1;
    private static final MethodHandle MEMFD_CREATE = Libc.downcall("memfd_create",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle FTRUNCATE = Libc.downcall("ftruncate",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG));

    private final int fd;
    private final long size;

    private MemFd(int fd, long size) {
        this.fd = fd;
        this.size = size;
    }

    /** A file of {@code size} zero bytes; pages cost the host nothing until touched. */
    public static MemFd create(String name, long size) {
        int fd = Libc.checked("memfd_create " + name,
                (arena, state) -> (int) MEMFD_CREATE.invokeExact(state, arena.allocateFrom(name), MFD_CLOEXEC));
        try {
            Libc.checked("ftruncate " + name + " to " + size + " bytes",
                    (arena, state) -> (int) FTRUNCATE.invokeExact(state, fd, size));
        } catch (HostCallException e) {
            Libc.close(fd);
            throw e;
        }
        return new MemFd(fd, size);
    }

    public int fd() {
        return fd;
    }

    public long size() {
        return size;
    }

    /** Maps the whole file shared, read-write, into the monitor. */
    public MemorySegment mapShared(String what) {
        return Libc.mmap(what, size, Libc.PROT_READ | Libc.PROT_WRITE, Libc.MAP_SHARED | Libc.MAP_NORESERVE, fd, 0);
    }

    @Override
    public void close() {
        Libc.close(fd);
    }
}
