package org.torito.vmm.net;

/**
 * Which of the device's queue pairs a guest core has opened, as a bit mask. A core opens its
 * pair when its program first uses the network, so a program that serves from core 0 only
 * (a plain-Java server on a 2-core VM) leaves pair 1 closed: a new flow steered there would
 * wait for a core that never reads it. The set only grows: a core does not close its pair, and
 * once every pair is open the answer costs one read.
 */
public final class LiveQueues {
    private final GuestPort port;
    private final int count;
    private final long all;
    private volatile long known;

    public LiveQueues(GuestPort port, int count) {
        if (count < 1 || count > 64) {
            throw new IllegalArgumentException("count: " + count + " is not within 1..64");
        }
        this.port = port;
        this.count = count;
        this.all = count == 64 ? -1L : (1L << count) - 1;
    }

    /** Bit q set: pair q is open. */
    public long mask() {
        long m = known;
        if (m == all) {
            return m;
        }
        for (int q = 0; q < count; q++) {
            if ((m & 1L << q) == 0 && port.queueLive(q)) {
                m |= 1L << q;
            }
        }
        known = m;
        return m;
    }
}
