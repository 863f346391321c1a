package org.torito.vmm.net.user;

/**
 * Which guest queue (core) a flow belongs to: a hash of its 4-tuple, the same for every frame
 * of the flow, spread evenly over the queues. The guest's stack on each core knows only the
 * flows it was given, so one flow must never change queues.
 */
public final class FlowSteering {
    private FlowSteering() {
    }

    /** The queue for the flow between {@code gatewayIp:gatewayPort} and {@code guestIp:guestPort}. */
    public static int queue(int gatewayIp, int gatewayPort, int guestIp, int guestPort, int queueCount) {
        if (queueCount == 1) {
            return 0;
        }
        return (int) Long.remainderUnsigned(hash(gatewayIp, gatewayPort, guestIp, guestPort), queueCount);
    }

    /**
     * As above, among the queues set in {@code live} only (bit q: a guest core opened queue q,
     * {@link org.torito.vmm.net.LiveQueues}); with all or none of them set, the same as above.
     */
    public static int queue(int gatewayIp, int gatewayPort, int guestIp, int guestPort, int queueCount, long live) {
        int open = Long.bitCount(live);
        if (open == 0 || open >= queueCount) {
            return queue(gatewayIp, gatewayPort, guestIp, guestPort, queueCount);
        }
        int k = (int) Long.remainderUnsigned(hash(gatewayIp, gatewayPort, guestIp, guestPort), open);
        long m = live;
        for (int i = 0; i < k; i++) {
            m &= m - 1;   // drops the lowest set bit
        }
        return Long.numberOfTrailingZeros(m);
    }

    private static long hash(int gatewayIp, int gatewayPort, int guestIp, int guestPort) {
        long h = ((long) gatewayIp << 32) ^ (guestIp & 0xFFFF_FFFFL);
        h ^= ((long) gatewayPort << 16 | guestPort) * 0x9E3779B97F4A7C15L;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 31;
        return h;
    }
}
