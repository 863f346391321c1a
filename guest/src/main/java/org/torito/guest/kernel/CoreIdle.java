package org.torito.guest.kernel;

import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.runtime.EventQueue;

/**
 * What a core does when none of its cooperative threads can run. TeaVM's runtime runs threads
 * as fibers on one event queue; when the next event lies in the future it calls
 * {@code EventQueue.waitUntil(millis)}, which the image pipeline redirects to
 * {@link #waitUntil(long)} (org.torito.boot.teavm.classlib.ClasslibFixes). Here the core polls the
 * rings its threads wait on for a short while, then flags itself idle on them and sleeps in the
 * IDLE hypercall until the deadline or a sender's doorbell, then spins the last stretch on the
 * clock for precision. A thread waiting on rings or device queues is parked with {@link #await(Waitable[])} and
 * resumed through the event queue when one of them has a message.
 */
public final class CoreIdle {
    /**
     * How long before a deadline to stop sleeping and spin. IDLE wakes late by a varying amount
     * (0.15-0.4 ms usually, counting the exit; more on a busy host, and while the monitor's
     * IDLE path is not compiled yet), so the margin follows what IDLE's lateness turns out to
     * be. IDLE is told the margin: the monitor keeps the core at raised host priority while it
     * spins, so the host does not preempt the spin. The first margin is not the widest: with
     * more cores than host CPUs, every core's spin at real-time priority keeps another core,
     * woken at the same time, off the host's CPUs; 3 ms spins on four cores made the last core's
     * first sleep 2-5 ms late on two host CPUs (measured with perf sched).
     */
    static final long MIN_MARGIN_NANOS = 100_000;
    static final long MAX_MARGIN_NANOS = 3_000_000;
    private static final long FIRST_MARGIN_NANOS = 1_000_000;
    private static long marginNanos = FIRST_MARGIN_NANOS;
    /**
     * Far enough in the future to be "never" (the year 2116 on the wall clock the queue runs on);
     * still safe to add to the clock and to turn into nanoseconds.
     */
    private static final long FOREVER_MILLIS = Long.MAX_VALUE / 2_000_000L;

    private static Waiter waiters;
    private static int keepAliveId = -1;

    /** Exact deadlines (nanoseconds) of pending sleeps; unordered, pruned when passed. */
    private static long[] sleepDeadlines = new long[8];
    private static int sleepCount;
    private static long sleepStartNanos;
    /**
     * Whether the deadline {@link #deadlineOf} last returned is a Thread.sleep's. Only those are
     * met to the microsecond (an early wake-up, a spin, raised host priority); a network timer
     * or a wait's timeout is fine a little late, and spinning before each would cost a core
     * up to {@link #MAX_MARGIN_NANOS} of busy waiting at real-time priority per timer, taking
     * the host CPUs the monitor's device threads need.
     */
    private static boolean deadlineIsSleep;

    private CoreIdle() {
    }

    private static final class Waiter {
        final Waitable[] awaited;
        final AsyncCallback<Void> callback;
        Waiter next;
        /** Whether it is still parked: its timeout (if any) resumes it only then. */
        boolean parked = true;

        Waiter(Waitable[] awaited, AsyncCallback<Void> callback, Waiter next) {
            this.awaited = awaited;
            this.callback = callback;
            this.next = next;
        }

        boolean ready() {
            for (Waitable w : awaited) {
                if (w.ready()) {
                    return true;
                }
            }
            return false;
        }

        void flagIdle(boolean idle) {
            for (Waitable w : awaited) {
                w.idle(idle);
            }
        }
    }

    /**
     * Parks the calling thread until one of {@code awaited} is ready (it may be already): a ring
     * with a message, a device queue with a completion.
     */
    @Async
    public static native void await(Waitable[] awaited);

    /**
     * As {@link #await(Waitable[])}, but returns at {@code deadlineNanos} (on the uptime clock)
     * at the latest, to the millisecond; {@code Long.MAX_VALUE} means no deadline. A network
     * service waits like this for a frame or its stack's next timer.
     */
    @Async
    public static native void await(Waitable[] awaited, long deadlineNanos);

    private static void await(Waitable[] awaited, long deadlineNanos, AsyncCallback<Void> callback) {
        Waiter waiter = park(awaited, callback);
        if (deadlineNanos != Long.MAX_VALUE) {
            // The deadline is on the uptime clock, the queue runs on the wall clock: offered as
            // it was, the timeout lay in 1970, always at the top of the queue, so a network loop
            // with a timer pending spun and starved every thread its frames had woken (a request
            // was answered only when the 40 ms delayed-ACK timer had fired).
            long queueDeadline = queueNanos() + Math.max(0, deadlineNanos - KernelCalls.uptimeNanos());
            EventQueue.offer(() -> timeout(waiter), (queueDeadline + 999_999L) / 1_000_000L);
        }
    }

    /** The deadline of a parked waiter passed: resume it if nothing else did. */
    private static void timeout(Waiter waiter) {
        if (!waiter.parked) {
            return;
        }
        Waiter previous = null;
        for (Waiter w = waiters; w != null; w = w.next) {
            if (w == waiter) {
                if (previous == null) {
                    waiters = w.next;
                } else {
                    previous.next = w.next;
                }
                break;
            }
            previous = w;
        }
        waiter.parked = false;
        waiter.callback.complete(null);
    }

    private static void await(Waitable[] awaited, AsyncCallback<Void> callback) {
        park(awaited, callback);
    }

    private static Waiter park(Waitable[] awaited, AsyncCallback<Void> callback) {
        Waiter waiter = new Waiter(awaited, callback, waiters);
        waiters = waiter;
        // The event queue ends the program when it runs dry; a parked thread keeps it alive,
        // as a thread blocked in a JVM keeps the JVM alive.
        if (keepAliveId < 0) {
            keepAliveId = EventQueue.offer(CoreIdle::keepAlive, FOREVER_MILLIS);
        }
        return waiter;
    }

    private static void keepAlive() {
        keepAliveId = waiters == null ? -1 : EventQueue.offer(CoreIdle::keepAlive, FOREVER_MILLIS);
    }

    /**
     * Resumes every parked thread whose rings have a message; true if any. Called only from
     * {@link #waitUntil}, while TeaVM's EventQueue.next waits for the event at the top of its
     * queue. A resumption is due now, so it usually takes the top slot: that is safe only
     * because the image pipeline makes next() run whatever is at the top after the wait
     * (org.torito.boot.teavm.EventQueueTopFix). TeaVM's own next() took the top slot off and ran
     * the event it had read before the wait, so a resumption at the top was dropped unrun
     * whenever the old top fell due before next() looked (a vCPU held up for a millisecond was
     * enough), and a core serving the network slept for good with its receive ring full.
     */
    private static boolean resumeReady() {
        long at = queueNanos() / 1_000_000L;
        boolean any = false;
        Waiter previous = null;
        for (Waiter w = waiters; w != null; w = w.next) {
            if (w.ready()) {
                if (previous == null) {
                    waiters = w.next;
                } else {
                    previous.next = w.next;
                }
                AsyncCallback<Void> callback = w.callback;
                // Nothing is taken off the event queue here (its timeout, the keep-alive): TeaVM
                // 0.15's EventQueue.kill breaks the queue's heap order (remove only sifts down),
                // which buried a runnable event under the keep-alive and left a core asleep for
                // good. A stale timeout finds the waiter no longer parked; the keep-alive lapses.
                w.parked = false;
                EventQueue.offer(() -> callback.complete(null), at);
                any = true;
            } else {
                previous = w;
            }
        }
        return any;
    }

    /** The longest poll any parked thread's waitables ask for. */
    private static long pollNanos() {
        long poll = 0;
        for (Waiter w = waiters; w != null; w = w.next) {
            for (Waitable awaited : w.awaited) {
                poll = Math.max(poll, awaited.pollNanos());
            }
        }
        return poll;
    }

    private static boolean anyReady() {
        for (Waiter w = waiters; w != null; w = w.next) {
            if (w.ready()) {
                return true;
            }
        }
        return false;
    }

    private static void flagIdle(boolean idle) {
        for (Waiter w = waiters; w != null; w = w.next) {
            w.flagIdle(idle);
        }
    }

    /**
     * Now on the event queue's clock: its times are System.currentTimeMillis(), the wall clock,
     * which runs with the core's uptime at a fixed offset (nothing steps it after boot).
     */
    private static long queueNanos() {
        return KernelCalls.clockNanos();
    }

    /**
     * Replaces System.currentTimeMillis() where Object.wait schedules its timeout
     * (org.torito.boot.teavm.WaitTimeoutTransformer): now rounded up to the next whole
     * millisecond, so the timeout, run at the start of its millisecond, is never early.
     */
    public static long waitStartMillis() {
        return (queueNanos() + 999_999L) / 1_000_000L;
    }

    /** Replaces System.currentTimeMillis() in Thread.sleep (org.torito.boot.teavm.PreciseSleepTransformer). */
    public static long sleepStartMillis() {
        sleepStartNanos = queueNanos();
        return sleepStartNanos / 1_000_000L;
    }

    /**
     * Replaces EventQueue.offer in Thread.sleep: queues the wake-up in the millisecond the exact
     * deadline falls in, and remembers the deadline so {@link #waitUntil} waits for it.
     */
    public static int offerSleep(EventQueue.Event wakeUp, long timeMillis) {
        long deadline = sleepStartNanos + (timeMillis - sleepStartNanos / 1_000_000L) * 1_000_000L;
        if (sleepCount == sleepDeadlines.length) {
            long[] more = new long[sleepCount * 2];
            System.arraycopy(sleepDeadlines, 0, more, 0, sleepCount);
            sleepDeadlines = more;
        }
        sleepDeadlines[sleepCount++] = deadline;
        return EventQueue.offer(wakeUp, deadline / 1_000_000L);
    }

    /**
     * When an event due in millisecond {@code timeMillis} may run: at the latest exact sleep
     * deadline inside that millisecond, else at its start, as in TeaVM (an event offered "now"
     * runs at once). Waiting for a sleep's exact deadline is what keeps Thread.sleep from
     * ending early.
     */
    private static long deadlineOf(long timeMillis) {
        long start = timeMillis * 1_000_000L;
        long end = start + 1_000_000L;
        long now = queueNanos();
        long latest = start;
        deadlineIsSleep = false;
        for (int i = 0; i < sleepCount; i++) {
            long d = sleepDeadlines[i];
            if (d < now) {
                sleepDeadlines[i--] = sleepDeadlines[--sleepCount];
            } else if (d >= start && d < end && d >= latest) {
                latest = d;
                deadlineIsSleep = true;
            }
        }
        return latest;
    }

    /**
     * Replaces TeaVM's {@code EventQueue.waitUntil}: returns when the event due at
     * {@code timeMillis} may run, or earlier when a parked thread was made runnable.
     * The queue's times are whole milliseconds of System.currentTimeMillis(); see
     * {@link #deadlineOf} for the nanosecond it waits for.
     */
    public static void waitUntil(long timeMillis) {
        if (timeMillis >= FOREVER_MILLIS && waiters == null) {
            // Only the keep-alive is left and no thread is parked: take it off, so the queue
            // drains and the program ends as in TeaVM. Only here is kill safe: every event left
            // is due "never", so no order can break (see resumeReady).
            if (keepAliveId >= 0) {
                EventQueue.kill(keepAliveId);
                keepAliveId = -1;
            }
            return;
        }
        long deadline = timeMillis >= FOREVER_MILLIS ? Long.MAX_VALUE : deadlineOf(timeMillis);
        long margin = deadline != Long.MAX_VALUE && deadlineIsSleep ? marginNanos : 0;
        // A reply that comes within the poll costs no exit (Waitable.pollNanos).
        long pollUntil = queueNanos() + pollNanos();
        for (;;) {
            if (resumeReady()) {
                return;
            }
            long now = queueNanos();
            if (now >= deadline) {
                return;
            }
            long left = deadline - now;
            if (left <= margin || (waiters != null && now < pollUntil)) {
                KernelCalls.cpuRelax();
                continue;
            }
            flagIdle(true);
            if (!anyReady()) {
                if (deadline == Long.MAX_VALUE) {
                    KernelCalls.idle(-1, 0);
                } else {
                    long request = left - margin;
                    long congestedMicros = KernelCalls.idle(request, margin);
                    if (margin > 0) {
                        // The new margin is for the next deadline. Applied to this one, a
                        // narrower margin made the core sleep again just before its deadline,
                        // and wake behind other cores' spins.
                        learnLateness(queueNanos() - now - request - congestedMicros * 1000);
                    }
                }
            }
            flagIdle(false);
        }
    }

    /**
     * Widens the margin at once when IDLE woke later than it, narrows it slowly otherwise. What
     * the host's congestion took (the time the monitor says this core waited for a host CPU:
     * other cores spinning at real-time priority, with more cores than host CPUs) is not counted:
     * a wider margin cannot buy it back, since this core's longer spin is the next core's wait.
     * Counted, it fed on itself: four cores on two host CPUs raised each other's margins to the
     * 3 ms cap within a few sleeps, and then a sleep came 1-5 ms late. The
     * margin is the last lateness plus 0.1 ms, not a multiple of it: the spin is what an idle
     * sleeping core costs (~0.5 ms per wake-up here), and a wake-up a little past the margin is
     * late by only that little.
     */
    private static void learnLateness(long late) {
        if (late < 0) {
            return;   // a doorbell cut the sleep short: says nothing about lateness
        }
        long want = Math.max(MIN_MARGIN_NANOS, Math.min(MAX_MARGIN_NANOS, late + 100_000));
        marginNanos = want > marginNanos ? want : marginNanos - (marginNanos - want) / 4;
    }
}
