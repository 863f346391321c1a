package org.torito.vmm.guests;

import java.util.concurrent.locks.LockSupport;

import org.torito.vmm.TestAccelerator;
import org.torito.vmm.accel.AcceleratorKind;
import org.torito.vmm.host.Libc;

/**
 * How punctual the host's own timer is while a timed guest runs: a thread at the priority the
 * guest's wake-ups get parks for 10 ms again and again and records how late it woke. Under KVM
 * that is SCHED_FIFO 1 (what the monitor gives a sleeping vCPU, when the host grants it); on the
 * process backend it is normal priority, because a core's process sleeps and wakes in IDLE on
 * its own, where the monitor cannot raise it (docs/boot-abi.md, "Punctual wake-ups"). A guest's sleep cannot be more punctual than the host
 * wakes a real-time thread, so the timed checks add the host's lateness to their bound. On these
 * nested hosts that lateness was under 0.3 ms for hours, and then, for a while, up to 12 ms
 * with the machine idle (the host's own hypervisor; /proc/stat counted steal time).
 */
final class HostTimerProbe implements AutoCloseable {
    private static final long PERIOD_NANOS = 10_000_000;

    private final Thread thread;
    private volatile boolean stopping;
    private volatile long maxLateNanos;
    private volatile int samples;

    private HostTimerProbe() {
        thread = Thread.ofPlatform().name("host-timer-probe").daemon().unstarted(this::run);
    }

    static HostTimerProbe start() {
        HostTimerProbe probe = new HostTimerProbe();
        probe.thread.start();
        return probe;
    }

    private void run() {
        if (TestAccelerator.current() == AcceleratorKind.KVM) {
            // Refused without the right to it; the monitor's vCPUs are then refused too.
            Libc.makeCallingThreadFifo(1);
        }
        while (!stopping) {
            long before = System.nanoTime();
            LockSupport.parkNanos(PERIOD_NANOS);
            long late = System.nanoTime() - before - PERIOD_NANOS;
            if (late > maxLateNanos) {
                maxLateNanos = late;
            }
            samples++;
        }
    }

    /** The most the host woke the probe late, in microseconds (0 if never late). */
    long maxLateMicros() {
        return Math.max(0, maxLateNanos / 1000);
    }

    @Override
    public String toString() {
        return "the host's own timer woke a " + (TestAccelerator.current() == AcceleratorKind.KVM ? "real-time" : "normal-priority")
                + " thread up to " + maxLateMicros() + " us late (" + samples
                + " sleeps of 10 ms alongside)";
    }

    @Override
    public void close() {
        stopping = true;
        LockSupport.unpark(thread);
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
