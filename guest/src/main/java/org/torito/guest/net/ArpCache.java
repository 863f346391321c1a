package org.torito.guest.net;

/**
 * Neighbour table (IPv4 -> MAC) with a bounded queue of frames waiting for a resolution.
 * Entries age out; the oldest entry is replaced when full. A pending frame is retried once per
 * second and dropped after {@link #ATTEMPTS} requests.
 */
final class ArpCache {
    static final int SIZE = 64;
    static final int PENDING = 16;
    static final int ATTEMPTS = 3;
    static final long ENTRY_LIFETIME = 300_000_000_000L;
    static final long RETRY = 1_000_000_000L;

    private final int[] ips = new int[SIZE];
    private final long[] macs = new long[SIZE];
    private final long[] expiry = new long[SIZE];
    private final boolean[] used = new boolean[SIZE];

    final byte[][] pendingFrames;
    final int[] pendingLength = new int[PENDING];
    final int[] pendingNextHop = new int[PENDING];
    final long[] pendingRetry = new long[PENDING];
    final int[] pendingAttempts = new int[PENDING];
    final boolean[] pendingUsed = new boolean[PENDING];

    ArpCache(int maxFrame) {
        pendingFrames = new byte[PENDING][maxFrame];
    }

    /** The MAC for {@code ip}, or -1 when unknown or expired. */
    long lookup(int ip, long now) {
        for (int i = 0; i < SIZE; i++) {
            if (used[i] && ips[i] == ip) {
                if (expiry[i] - now < 0) {
                    used[i] = false;
                    return -1;
                }
                return macs[i];
            }
        }
        return -1;
    }

    void learn(int ip, long mac, long now) {
        int victim = 0;
        for (int i = 0; i < SIZE; i++) {
            if (used[i] && ips[i] == ip) {
                victim = i;
                break;
            }
            if (used[victim] && (!used[i] || expiry[i] - expiry[victim] < 0)) {
                victim = i;
            }
        }
        used[victim] = true;
        ips[victim] = ip;
        macs[victim] = mac;
        expiry[victim] = now + ENTRY_LIFETIME;
    }

    boolean isPending(int nextHop) {
        for (int i = 0; i < PENDING; i++) {
            if (pendingUsed[i] && pendingNextHop[i] == nextHop) {
                return true;
            }
        }
        return false;
    }

    /** Keeps a copy of the frame; false when the queue is full (the frame is dropped). */
    boolean hold(int nextHop, byte[] frame, int len, long now) {
        for (int i = 0; i < PENDING; i++) {
            if (!pendingUsed[i]) {
                pendingUsed[i] = true;
                System.arraycopy(frame, 0, pendingFrames[i], 0, len);
                pendingLength[i] = len;
                pendingNextHop[i] = nextHop;
                pendingRetry[i] = now + RETRY;
                pendingAttempts[i] = 1;
                return true;
            }
        }
        return false;
    }
}
