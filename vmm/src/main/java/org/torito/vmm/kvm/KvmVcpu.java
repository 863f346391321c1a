package org.torito.vmm.kvm;

import org.torito.vmm.host.HostCallException;
import org.torito.vmm.host.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/** A vCPU file descriptor and its mmapped kvm_run. */
public final class KvmVcpu implements AutoCloseable {
    /** A real-time signal no JVM uses, blocked outside KVM_RUN. */
    static final int KICK_SIGNAL = Libc.sigrtmin() + 6;
    private static final int MSR_IA32_TSC = 0x10;

    static {
        // This host's KVM (PVM) can deliver the signal inside KVM_RUN, where it is unblocked.
        Libc.installNoOpHandler(KICK_SIGNAL);
    }

    private final int id;
    private final int fd;
    private final KvmRun run;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment runCallState = Libc.allocateCallState(arena);
    /** struct kvm_msrs with one kvm_msr_entry {u32 index; u32 reserved; u64 data}: IA32_TSC. */
    private final MemorySegment tscQuery = arena.allocate(8 + 16, 8);
    private final MemorySegment tscCallState = Libc.allocateCallState(arena);
    private final Object runThreadLock = new Object();
    /** pthread_t of the thread in {@link #run()}, 0 when none: whom {@link #kick()} signals. */
    private long runThread;

    KvmVcpu(int id, int fd, KvmRun run) {
        this.id = id;
        this.fd = fd;
        this.run = run;
    }

    public int id() {
        return id;
    }

    /** The vCPU descriptor, for callers that issue KVM_RUN another way (the bench module). */
    public int fd() {
        return fd;
    }

    public KvmRun kvmRun() {
        return run;
    }

    /**
     * Runs the guest until the next exit. Returns false when KVM_RUN was interrupted
     * (EINTR, or immediate_exit was set) rather than the guest exiting; call from one thread only.
     */
    public boolean run() {
        int result = Libc.ioctlOrErrno(fd, KvmIoctl.RUN, 0L, runCallState);
        if (result >= 0) {
            return true;
        }
        int errno = -result;
        if (errno == Libc.EINTR || errno == Libc.EAGAIN) {
            return false;
        }
        throw new HostCallException("KVM_RUN on vCPU " + id, errno, Libc.errnoText(errno));
    }

    /**
     * Makes the calling thread the one that runs this vCPU and can be kicked out of KVM_RUN.
     * The kick signal is blocked in this thread, so it is never delivered to a handler (there
     * is none); KVM_SET_SIGNAL_MASK unblocks it only inside KVM_RUN, where it makes the ioctl
     * return EINTR. This is the usual way to stop a vCPU thread that runs guest code.
     */
    public void bindRunThread() {
        try (Arena local = Arena.ofConfined()) {
            MemorySegment old = local.allocate(Libc.SIGSET_BYTES, 8);
            Libc.blockSignal(KICK_SIGNAL, old);
            // struct kvm_signal_mask { __u32 len; __u8 sigset[]; }: the kernel's sigset is 8 bytes.
            MemorySegment mask = local.allocate(4 + 8, 8);
            mask.set(java.lang.foreign.ValueLayout.JAVA_INT, 0, 8);
            MemorySegment.copy(old, 0, mask, 4, 8);
            Libc.ioctl(fd, "KVM_SET_SIGNAL_MASK", KvmIoctl.SET_SIGNAL_MASK, mask);
        }
        synchronized (runThreadLock) {
            runThread = Libc.pthreadSelf();
        }
    }

    /** Call on the run thread before it ends, so no kick targets a dead thread. */
    public void unbindRunThread() {
        synchronized (runThreadLock) {
            runThread = 0;
        }
    }

    /** Makes KVM_RUN return now (or at its next entry) with {@link #run()} returning false. */
    public void kick() {
        run.setImmediateExit(true);
        synchronized (runThreadLock) {
            if (runThread != 0) {
                Libc.pthreadKill(runThread, KICK_SIGNAL);
            }
        }
    }

    /** The guest's time stamp counter now, as its rdtsc would read it; -1 if KVM would not say. */
    public long guestTsc() {
        tscQuery.set(JAVA_INT, 0, 1);
        tscQuery.set(JAVA_INT, 8, MSR_IA32_TSC);
        int read = Libc.ioctlOrErrno(fd, KvmIoctl.GET_MSRS, tscQuery.address(), tscCallState);
        return read == 1 ? tscQuery.get(JAVA_LONG, 16) : -1;
    }

    public void getRegs(KvmRegs regs) {
        Libc.ioctl(fd, "KVM_GET_REGS", KvmIoctl.GET_REGS, regs.segment());
    }

    public void setRegs(KvmRegs regs) {
        Libc.ioctl(fd, "KVM_SET_REGS", KvmIoctl.SET_REGS, regs.segment());
    }

    public void getSregs(KvmSregs sregs) {
        Libc.ioctl(fd, "KVM_GET_SREGS", KvmIoctl.GET_SREGS, sregs.segment());
    }

    public void setSregs(KvmSregs sregs) {
        Libc.ioctl(fd, "KVM_SET_SREGS", KvmIoctl.SET_SREGS, sregs.segment());
    }

    public void getFpu(KvmFpu fpu) {
        Libc.ioctl(fd, "KVM_GET_FPU", KvmIoctl.GET_FPU, fpu.segment());
    }

    public void setFpu(KvmFpu fpu) {
        Libc.ioctl(fd, "KVM_SET_FPU", KvmIoctl.SET_FPU, fpu.segment());
    }

    public void setCpuid(KvmCpuid cpuid) {
        try (Arena local = Arena.ofConfined()) {
            Libc.ioctl(fd, "KVM_SET_CPUID2", KvmIoctl.SET_CPUID2, cpuid.write(local));
        }
    }

    public void setXcrs(KvmXcrs xcrs) {
        Libc.ioctl(fd, "KVM_SET_XCRS", KvmIoctl.SET_XCRS, xcrs.segment());
    }

    /** The guest TSC frequency in kHz (KVM_GET_TSC_KHZ). */
    public long tscKhz() {
        return Libc.ioctl(fd, "KVM_GET_TSC_KHZ", KvmIoctl.GET_TSC_KHZ, 0L);
    }

    @Override
    public void close() {
        Libc.munmap(run.segment());
        Libc.close(fd);
        arena.close();
    }
}
