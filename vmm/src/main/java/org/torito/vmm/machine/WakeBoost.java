package org.torito.vmm.machine;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.locks.LockSupport;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import org.torito.vmm.host.Libc;

/**
 * Real-time host priority for a vCPU thread while it sleeps in a timed IDLE and for
 * the guest's final spin after it: what makes a guest's timed wake-up punctual on a busy host. At
 * normal priority the host scheduler let a woken vCPU thread wait for a CPU, or preempted it in
 * the guest's last spin before the deadline, for up to tens of milliseconds when the host's two
 * CPUs were busy (docs/benchmarks.md, "Sleep precision"); as SCHED_FIFO it runs as soon as its
 * timer fires. A guest that computes after it woke gets its normal priority back from a lowerer
 * thread when the hold ends (or at its next timed IDLE the hold just goes on), so a busy guest
 * never holds a host CPU at real-time priority for more than that. Without the right to
 * real-time priority (CAP_SYS_NICE or RLIMIT_RTPRIO) this does nothing, and wake-ups are as
 * punctual as the host scheduler allows.
 */
final class WakeBoost {
    /** The longest final spin the priority is held for; a guest that asks more gets this. */
    static final long MAX_SPIN_NANOS = 5_000_000;
    /** Held beyond the spin: enough for the first steps of the thread the guest woke. */
    static final long AFTER_SPIN_NANOS = 1_000_000;
    private static final int VCPU_PRIORITY = 1;
    /** Above the vCPUs, so a vCPU spinning at real-time priority cannot delay its own lowering. */
    private static final int LOWERER_PRIORITY = 2;

    private final Core[] cores;
    private final Thread lowerer;
    /** False once the host refused real-time priority: no further attempts. */
    private volatile boolean permitted = true;
    /** When the lowerer wakes next on its own; Long.MAX_VALUE while it waits to be unparked. */
    private volatile long lowererWakes = Long.MAX_VALUE;
    private volatile boolean closed;

    /** How long to hold the priority after a timed IDLE whose guest will spin {@code spinNanos} (unsigned). */
    static long hold(long spinNanos) {
        return (spinNanos < 0 || spinNanos > MAX_SPIN_NANOS ? MAX_SPIN_NANOS : spinNanos) + AFTER_SPIN_NANOS;
    }

    WakeBoost(int cores) {
        this.cores = new Core[cores];
        for (int i = 0; i < cores; i++) {
            this.cores[i] = new Core();
        }
        this.lowerer = Thread.ofPlatform().name("wake-boost").daemon().unstarted(this::lowerLoop);
        lowerer.start();
    }

    /** Registers the calling thread as core {@code id}'s vCPU thread. */
    Core bind(int id) {
        Core core = cores[id];
        core.tid = Libc.gettid();
        // Once through raise and lower before the guest runs: the first timed IDLE must not be
        // the one that links, loads and learns whether the host grants the priority.
        core.raise();
        core.release();
        return core;
    }

    /** Ends the lowerer; each vCPU thread releases its own priority before it ends. */
    void close() {
        closed = true;
        LockSupport.unpark(lowerer);
    }

    /** One vCPU thread's priority; raise and holdUntil are called on that thread only. */
    final class Core {
        /** Set by bind before the first raise. */
        private volatile int tid;
        private final Arena arena = Arena.ofShared();
        private final MemorySegment fifo = arena.allocate(JAVA_INT);
        private final MemorySegment normal = arena.allocate(JAVA_INT);
        private final MemorySegment callState = Libc.allocateCallState(arena);
        /** Written under this lock; read without it by the vCPU thread. */
        private volatile boolean raised;
        /** When to lower; 0 for not planned. */
        private volatile long lowerAt;

        private Core() {
            fifo.set(JAVA_INT, 0, VCPU_PRIORITY);
            normal.set(JAVA_INT, 0, 0);
        }

        /** Before a timed IDLE: real-time priority, kept until {@link #holdUntil} says otherwise. */
        synchronized void raise() {
            lowerAt = 0;
            if (!raised && permitted) {
                int result = Libc.schedSetScheduler(tid, Libc.SCHED_FIFO, fifo, callState);
                if (result == 0) {
                    raised = true;
                } else {
                    permitted = false;
                }
            }
        }

        /** After a timed IDLE: lower at {@code nanos} (System.nanoTime) unless raised again before. */
        void holdUntil(long nanos) {
            if (!raised) {
                return;
            }
            lowerAt = nanos;
            // Holds only ever end later than the ones already planned, so the lowerer needs a
            // nudge only when it waits for none.
            if (nanos < lowererWakes) {
                LockSupport.unpark(lowerer);
            }
        }

        /** On the vCPU thread before it ends: back to normal priority. */
        void release() {
            lower(0);
        }

        /** Back to normal priority if the hold planned for {@code due} still stands (0: any). */
        private synchronized void lower(long due) {
            if (raised && (due == 0 || lowerAt == due)) {
                Libc.schedSetScheduler(tid, Libc.SCHED_OTHER, normal, callState);
                raised = false;
                lowerAt = 0;
            }
        }
    }

    private void lowerLoop() {
        // Refused without the right to it: the lowerer is then as late as the host makes it.
        Libc.makeCallingThreadFifo(LOWERER_PRIORITY);
        while (!closed) {
            lowererWakes = Long.MAX_VALUE;
            long now = System.nanoTime();
            long next = Long.MAX_VALUE;
            for (Core core : cores) {
                long at = core.lowerAt;
                if (at == 0) {
                    continue;
                }
                if (at - now <= 0) {
                    core.lower(at);
                } else {
                    next = Math.min(next, at);
                }
            }
            if (next == Long.MAX_VALUE) {
                LockSupport.park(this);
            } else {
                lowererWakes = next;
                LockSupport.parkNanos(this, next - now);
            }
        }
    }
}
