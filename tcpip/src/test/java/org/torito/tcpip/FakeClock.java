package org.torito.tcpip;

/** A clock that moves only when the test says so. */
final class FakeClock implements NanoClock {
    long now = 1_000_000_000L;

    @Override
    public long nanoTime() {
        return now;
    }
}
