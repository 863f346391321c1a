package org.torito.guest.kernel;

/**
 * Something a parked thread waits for: a ring with a message, a device queue with a completed
 * request. {@link CoreIdle} asks {@link #ready()} while the core polls; before the core sleeps
 * it calls {@code idle(true)} so the other side knows to ring this core's doorbell, checks
 * once more, and calls {@code idle(false)} when it wakes.
 */
public interface Waitable {

    /** Whether a thread waiting on this may go on. May do work, e.g. take completions off a queue. */
    boolean ready();

    /** The core is about to sleep ({@code true}) or has woken ({@code false}). */
    void idle(boolean idle);
}
