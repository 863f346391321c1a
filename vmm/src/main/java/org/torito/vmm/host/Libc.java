package org.torito.vmm.host;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The few libc calls the monitor needs, as FFM downcalls. Every call captures errno, and a
 * failing call becomes a {@link HostCallException} that names the call and the errno text.
 */
public final class Libc {
    public static final int O_RDONLY = 0;
    public static final int O_RDWR = 2;
    public static final int O_CLOEXEC = 0x80000;
    public static final int PROT_READ = 1;
    public static final int PROT_WRITE = 2;
    public static final int MAP_SHARED = 0x01;
    public static final int MAP_PRIVATE = 0x02;
    public static final int MAP_ANONYMOUS = 0x20;
    public static final int MAP_NORESERVE = 0x4000;
    public static final int EFD_CLOEXEC = 0x80000;
    public static final int EFD_NONBLOCK = 0x800;
    public static final int O_NONBLOCK = 0x800;
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int ENXIO = 6;
    public static final int EACCES = 13;
    public static final int EBUSY = 16;
    public static final int ENODEV = 19;
    public static final int EINVAL = 22;
    public static final int EINTR = 4;
    public static final int EAGAIN = 11;
    public static final int E2BIG = 7;
    static final MemorySegment MAP_FAILED = MemorySegment.ofAddress(-1L);

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final MemoryLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");

    private static final MethodHandle OPEN = downcall("open",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle IOCTL_LONG = downcall("ioctl",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_LONG), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle IOCTL_POINTER = downcall("ioctl",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle MMAP = downcall("mmap",
            FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG));
    private static final MethodHandle MUNMAP = downcall("munmap",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle CLOSE = downcall("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle EVENTFD = downcall("eventfd",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle PPOLL = downcall("ppoll",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS));
    private static final MethodHandle READ = downcall("read",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle WRITE = downcall("write",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle PREAD = downcall("pread",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle PWRITE = downcall("pwrite",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle FDATASYNC = downcall("fdatasync", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle PTHREAD_SELF = LINKER.downcallHandle(LIBC.findOrThrow("pthread_self"),
            FunctionDescriptor.of(JAVA_LONG));
    private static final MethodHandle PTHREAD_KILL = LINKER.downcallHandle(LIBC.findOrThrow("pthread_kill"),
            FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_INT));
    private static final MethodHandle PTHREAD_SIGMASK = LINKER.downcallHandle(LIBC.findOrThrow("pthread_sigmask"),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle SIGRTMIN = LINKER.downcallHandle(LIBC.findOrThrow("__libc_current_sigrtmin"),
            FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle SIGACTION = LINKER.downcallHandle(LIBC.findOrThrow("sigaction"),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle GETPAGESIZE = LINKER.downcallHandle(LIBC.findOrThrow("getpagesize"),
            FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle GETTID = LINKER.downcallHandle(LIBC.findOrThrow("gettid"),
            FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle SCHED_SETSCHEDULER = downcall("sched_setscheduler",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS));
    public static final int SCHED_OTHER = 0;
    public static final int SCHED_FIFO = 1;
    /** glibc's sigset_t is 1024 bits. */
    public static final int SIGSET_BYTES = 128;
    public static final int SIG_BLOCK = 0;

    private static final MethodHandle STRERROR = LINKER.downcallHandle(LIBC.findOrThrow("strerror"),
            FunctionDescriptor.of(ADDRESS, JAVA_INT));

    private Libc() {
    }

    static MethodHandle downcall(String name, FunctionDescriptor descriptor, Linker.Option... extra) {
        Linker.Option[] options = new Linker.Option[extra.length + 1];
        options[0] = CAPTURE_ERRNO;
        System.arraycopy(extra, 0, options, 1, extra.length);
        return LINKER.downcallHandle(LIBC.findOrThrow(name), descriptor, options);
    }

    /** The text libc gives for an errno value. */
    public static String errnoText(int errno) {
        try {
            MemorySegment text = (MemorySegment) STRERROR.invokeExact(errno);
            return text.reinterpret(256).getString(0);
        } catch (Throwable t) {
            return "errno " + errno;
        }
    }

    static HostCallException failure(String call, MemorySegment state) {
        int errno = (int) ERRNO.get(state, 0L);
        return new HostCallException(call, errno, errnoText(errno));
    }

    public static int open(String path, int flags) {
        return checked("open " + path, (arena, state) -> (int) OPEN.invokeExact(state, arena.allocateFrom(path), flags, 0));
    }

    /** An ioctl whose argument is a number; retries when a signal interrupted it. */
    public static int ioctl(int fd, String name, long request, long argument) {
        return retryingIoctl(name, (arena, state) -> (int) IOCTL_LONG.invokeExact(state, fd, request, argument));
    }

    /** An ioctl whose argument points at a struct; retries when a signal interrupted it. */
    public static int ioctl(int fd, String name, long request, MemorySegment argument) {
        return retryingIoctl(name, (arena, state) -> (int) IOCTL_POINTER.invokeExact(state, fd, request, argument));
    }

    /** One downcall that records errno in {@code state}; {@code arena} lives as long as the call. */
    @FunctionalInterface
    interface ErrnoCall {
        int invoke(Arena arena, MemorySegment state) throws Throwable;
    }

    /** Runs {@code call} once; a negative result is a failure named by {@code what}, with its errno. */
    static int checked(String what, ErrnoCall call) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            int result = call.invoke(arena, state);
            if (result < 0) {
                throw failure(what, state);
            }
            return result;
        } catch (HostCallException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    private static int retryingIoctl(String name, ErrnoCall call) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            while (true) {
                int result = call.invoke(arena, state);
                if (result >= 0) {
                    return result;
                }
                int errno = (int) ERRNO.get(state, 0L);
                if (errno != EINTR) {
                    throw new HostCallException(name, errno, errnoText(errno));
                }
            }
        } catch (HostCallException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /**
     * An ioctl that may fail in a way the caller handles: returns the result, or minus errno.
     * KVM_RUN uses it, because EINTR there means "someone asked this vCPU to stop".
     */
    public static int ioctlOrErrno(int fd, long request, long argument, MemorySegment callState) {
        try {
            int result = (int) IOCTL_LONG.invokeExact(callState, fd, request, argument);
            return result >= 0 ? result : -(int) ERRNO.get(callState, 0L);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** The errno a captured-errno downcall left in {@code state}. */
    static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    /** Room for the errno that {@link #ioctlOrErrno} captures. */
    public static MemorySegment allocateCallState(Arena arena) {
        return arena.allocate(CALL_STATE);
    }

    /** Maps {@code length} bytes; the result is sized to the mapping. */
    public static MemorySegment mmap(String what, long length, int prot, int flags, int fd, long offset) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            MemorySegment address = (MemorySegment) MMAP.invokeExact(state, MemorySegment.NULL, length, prot, flags,
                    fd, offset);
            if (address.address() == MAP_FAILED.address()) {
                throw failure("mmap " + what, state);
            }
            return address.reinterpret(length);
        } catch (HostCallException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    // munmap and close return 0 or -1, so "negative" is their failure too.
    public static void munmap(MemorySegment mapping) {
        checked("munmap", (arena, state) -> (int) MUNMAP.invokeExact(state, mapping, mapping.byteSize()));
    }

    public static void close(int fd) {
        checked("close", (arena, state) -> (int) CLOSE.invokeExact(state, fd));
    }

    public static int eventfd(int initialValue, int flags) {
        return checked("eventfd", (arena, state) -> (int) EVENTFD.invokeExact(state, initialValue, flags));
    }

    /**
     * ppoll on prepared {@code fds} (struct pollfd array) with a prepared struct timespec, or
     * NULL for no limit; no signal mask change. Returns the ready count, or minus errno.
     */
    public static int ppoll(MemorySegment fds, long count, MemorySegment timeout, MemorySegment callState) {
        try {
            int result = (int) PPOLL.invokeExact(callState, fds, count, timeout, MemorySegment.NULL);
            return result >= 0 ? result : -(int) ERRNO.get(callState, 0L);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** read(2) into {@code buffer}; returns the byte count, or minus errno. */
    public static long read(int fd, MemorySegment buffer, MemorySegment callState) {
        try {
            long result = (long) READ.invokeExact(callState, fd, buffer, buffer.byteSize());
            return result >= 0 ? result : -(int) ERRNO.get(callState, 0L);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** write(2) from {@code buffer}; returns the byte count, or minus errno. */
    public static long write(int fd, MemorySegment buffer, MemorySegment callState) {
        try {
            long result = (long) WRITE.invokeExact(callState, fd, buffer, buffer.byteSize());
            return result >= 0 ? result : -(int) ERRNO.get(callState, 0L);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** pread(2) into {@code buffer} from file offset {@code offset}; returns the byte count, or minus errno. */
    public static long pread(int fd, MemorySegment buffer, long offset, MemorySegment callState) {
        try {
            long result = (long) PREAD.invokeExact(callState, fd, buffer, buffer.byteSize(), offset);
            return result >= 0 ? result : -(int) ERRNO.get(callState, 0L);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** pwrite(2) from {@code buffer} at file offset {@code offset}; returns the byte count, or minus errno. */
    public static long pwrite(int fd, MemorySegment buffer, long offset, MemorySegment callState) {
        try {
            long result = (long) PWRITE.invokeExact(callState, fd, buffer, buffer.byteSize(), offset);
            return result >= 0 ? result : -(int) ERRNO.get(callState, 0L);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** fdatasync(2); returns 0, or minus errno. */
    public static int fdatasync(int fd, MemorySegment callState) {
        try {
            int result = (int) FDATASYNC.invokeExact(callState, fd);
            return result >= 0 ? result : -(int) ERRNO.get(callState, 0L);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** The calling thread's kernel thread id (what sched_setscheduler takes). */
    public static int gettid() {
        try {
            return (int) GETTID.invokeExact();
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /**
     * Sets thread {@code tid}'s scheduling policy and static priority ({@code param}: a prepared
     * struct sched_param, one int); returns 0 or minus errno (EPERM without CAP_SYS_NICE or an
     * RLIMIT_RTPRIO that allows the priority).
     */
    public static int schedSetScheduler(int tid, int policy, MemorySegment param, MemorySegment callState) {
        try {
            int result = (int) SCHED_SETSCHEDULER.invokeExact(callState, tid, policy, param);
            return result >= 0 ? result : -(int) ERRNO.get(callState, 0L);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /**
     * Puts the calling thread at SCHED_FIFO {@code priority}; returns 0 or minus errno, as
     * {@link #schedSetScheduler} does.
     */
    public static int makeCallingThreadFifo(int priority) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment param = arena.allocate(JAVA_INT);
            param.set(JAVA_INT, 0, priority);
            return schedSetScheduler(0, SCHED_FIFO, param, allocateCallState(arena));
        }
    }

    /**
     * Throws, here, the {@link InternalError} that a faulting copy from a mapped file (SIGBUS:
     * the file shrank, or the page could not be read) left pending on the calling thread.
     * HotSpot does not throw that error at the copy: it lets the copy return and throws at the
     * thread's next safepoint poll, which may be after the caller has used the bytes. Coming back
     * from native code is such a poll, so this calls a libc function that does nothing
     * (getpagesize(3): no system call) through a plain downcall, never a critical one, which
     * would skip the transition. DiskImageTest shows it, interpreted and compiled.
     */
    public static void deliverPendingFault() {
        try {
            int ignored = (int) GETPAGESIZE.invokeExact();
        } catch (InternalError e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** The calling thread's pthread_t. */
    public static long pthreadSelf() {
        try {
            return (long) PTHREAD_SELF.invokeExact();
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** Sends {@code signal} to one thread; returns 0 or an errno value (pthread_kill does not set errno). */
    public static int pthreadKill(long thread, int signal) {
        try {
            return (int) PTHREAD_KILL.invokeExact(thread, signal);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** Adds {@code signal} to the calling thread's blocked set; {@code old} (a sigset_t) receives the mask before. */
    public static void blockSignal(int signal, MemorySegment old) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment set = arena.allocate(SIGSET_BYTES, 8);
            int bit = signal - 1;
            set.set(java.lang.foreign.ValueLayout.JAVA_BYTE, bit / 8, (byte) (1 << (bit % 8)));
            int result = (int) PTHREAD_SIGMASK.invokeExact(SIG_BLOCK, set, old);
            if (result != 0) {
                throw new HostCallException("pthread_sigmask", result, errnoText(result));
            }
        } catch (HostCallException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** glibc's SIGRTMIN, the first real-time signal free for applications. */
    public static int sigrtmin() {
        try {
            return (int) SIGRTMIN.invokeExact();
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /**
     * Gives {@code signal} a handler that does nothing, so its delivery only interrupts a
     * blocking call (EINTR) and never ends the process. The monitor has no native code of its
     * own and a Java upcall is not safe in a signal handler, so the handler is libc's
     * sched_yield: it ignores the signal-number argument, always succeeds and touches no state.
     */
    public static void installNoOpHandler(int signal) {
        try (Arena arena = Arena.ofConfined()) {
            // struct sigaction (glibc, x86-64): handler, sa_mask (128 bytes), sa_flags, pad, sa_restorer.
            MemorySegment action = arena.allocate(8 + SIGSET_BYTES + 8 + 8, 8);
            action.set(ADDRESS, 0, LIBC.findOrThrow("sched_yield"));
            int result = (int) SIGACTION.invokeExact(signal, action, MemorySegment.NULL);
            if (result != 0) {
                throw new HostCallException("sigaction for signal " + signal);
            }
        } catch (HostCallException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }
}
