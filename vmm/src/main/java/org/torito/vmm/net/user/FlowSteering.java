package org.torito.vmm.net.user;

/**
 * Which guest queue (core) owns a flow. Every core has the same address, so each core's stack
 * knows only its own flows: every frame of a flow must reach the same queue. The queue is a
 * pure function of the 4-tuple, so the gateway needs no per-flow state to steer.
 */
public final class FlowSteering {
    private FlowSteering() {
    }

    /** The queue for the flow between {@code gatewayIp:gatewayPort} and {@code guestIp:guestPort}. */
    public static int queue(int gatewayIp, int gatewayPort, int guestIp, int guestPort, int queueCount) {
        if (queueCount == 1) {
            return 0;
        }
        long h = ((long) gatewayIp << 32) ^ (guestIp & 0xFFFF_FFFFL);
        h ^= ((long) gatewayPort << 16 | guestPort) * 0x9E3779B97F4A7C15L;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 31;
        return (int) Long.remainderUnsigned(h, queueCount);
    }
}
