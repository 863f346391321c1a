package org.torito.guest.kernel;

/**
 * Something a parked thread waits for: a ring with a message, a device queue with a completed
 * request. {@link CoreIdle} asks {@link #ready()} while the core polls; before the core sleeps
 * it calls {@code idle(true)} so the other side knows to ring this core's doorbell, checks
 * once more, and calls {@code idle(false)} when it wakes.
 */
public interface Waitable {
    /** How long a core polls before it sleeps, unless what it waits for says otherwise. */
    long DEFAULT_POLL_NANOS = 50_000;

    /**
     * How long a core waiting for this polls before it sleeps (an IDLE exit, and an exit again
     * to be woken). Long enough for what usually comes soon: another core's answer comes within
     * microseconds while that core runs. A core waiting on several things polls for the
     * longest of theirs.
     */
    default long pollNanos() {
        return DEFAULT_POLL_NANOS;
    }

    /** Whether a thread waiting on this may go on. May do work, e.g. take completions off a queue. */
    boolean ready();

    /** The core is about to sleep ({@code true}) or has woken ({@code false}). */
    void idle(boolean idle);
}
