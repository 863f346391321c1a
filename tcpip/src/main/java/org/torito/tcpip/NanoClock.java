package org.torito.tcpip;

/** Monotonic time in nanoseconds; injected so tests drive every timer by hand. */
public interface NanoClock {
    long nanoTime();
}
