package org.torito.vmm.kvm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/** A vCPU file descriptor and its mmapped kvm_run. */
public final class KvmVcpu implements AutoCloseable {
    private final int id;
    private final int fd;
    private final KvmRun run;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment runCallState = Libc.allocateCallState(arena);

    KvmVcpu(int id, int fd, KvmRun run) {
        this.id = id;
        this.fd = fd;
        this.run = run;
    }

    public int id() {
        return id;
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
        throw new KvmException("KVM_RUN on vCPU " + id, errno, Libc.errnoText(errno));
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
