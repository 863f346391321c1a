package org.torito.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.torito.vmm.kvm.KvmIoctl;
import org.torito.vmm.kvm.KvmVcpu;

/**
 * The monitor's exit path: one KVM_RUN that enters the guest, takes one PIO exit and returns,
 * through the monitor's FFM downcall ({@link KvmVcpu#run}) and through jnr-ffi; and a cheap
 * ioctl on /dev/kvm (KVM_CHECK_EXTENSION, no guest entry) both ways, which isolates the cost
 * of the call itself from the cost of the exit.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ExitPathBenchmark {
    /** KVM_CAP_USER_MEMORY: every KVM has it, so the answer is always 1. */
    private static final int CAP_USER_MEMORY = 3;

    private PioLoopGuest guest;
    private KvmVcpu vcpu;
    private JnrLibc jnr;
    private int vcpuFd;
    private int kvmFd;

    @Setup(Level.Trial)
    public void setUp() {
        guest = new PioLoopGuest();
        vcpu = guest.vcpu();
        vcpuFd = vcpu.fd();
        kvmFd = guest.kvm().fd();
        jnr = JnrLibc.load();
        // Both ways must really take the exit before anything is timed.
        vcpu.run();
        guest.checkExit();
        if (jnr.ioctl(vcpuFd, KvmIoctl.RUN, 0) != 0) {
            throw new IllegalStateException("KVM_RUN through jnr-ffi failed");
        }
        guest.checkExit();
        if (guest.kvm().checkExtension(CAP_USER_MEMORY) != 1 || jnr.ioctl(kvmFd, KvmIoctl.CHECK_EXTENSION, CAP_USER_MEMORY) != 1) {
            throw new IllegalStateException("KVM_CHECK_EXTENSION(KVM_CAP_USER_MEMORY) is not 1");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        guest.close();
    }

    @Benchmark
    public boolean kvmRunFfm() {
        return vcpu.run();
    }

    @Benchmark
    public int kvmRunJnr() {
        return jnr.ioctl(vcpuFd, KvmIoctl.RUN, 0);
    }

    @Benchmark
    public int ioctlFfm() {
        return guest.kvm().checkExtension(CAP_USER_MEMORY);
    }

    @Benchmark
    public int ioctlJnr() {
        return jnr.ioctl(kvmFd, KvmIoctl.CHECK_EXTENSION, CAP_USER_MEMORY);
    }
}
