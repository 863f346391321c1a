package org.torito.tcpip;

/**
 * Neighbour table (IPv4 -> MAC) with a bounded queue of frames waiting for a resolution.
 * Entries age out; the oldest entry is replaced when full. A pending frame is retried once per
 * second and dropped after {@link #ATTEMPTS} requests.
 *
 * <p>The queue is bounded by bytes as well as frames, as Linux bounds its unresolved queue:
 * a core's first contact with a neighbour is often a burst (a client opening 64 connections
 * at once puts 64 SYN-ACKs behind one ARP request), and a small SYN-ACK should not count as
 * much as a full-size segment. Buffers are taken when first needed and kept.
 */
final class ArpCache {
    static final int SIZE = 64;
    /** Frames that may wait for resolutions at once. */
    static final int PENDING = 256;
    /** Bytes that may wait for resolutions at once (at least one largest frame). */
    static final int PENDING_BYTES = 256 * 1024;
    static final int ATTEMPTS = 3;
    static final long ENTRY_LIFETIME = 300_000_000_000L;
    static final long RETRY = 1_000_000_000L;

    private final int[] ips = new int[SIZE];
    private final long[] macs = new long[SIZE];
    private final long[] expiry = new long[SIZE];
    private final boolean[] used = new boolean[SIZE];

    private final int maxFrame;
    private final byte[][] pendingFrames = new byte[PENDING][];
    private final int[] pendingLength = new int[PENDING];
    private final int[] pendingNextHop = new int[PENDING];
    private final long[] pendingRetry = new long[PENDING];
    private final int[] pendingAttempts = new int[PENDING];
    private final boolean[] pendingUsed = new boolean[PENDING];
    private int pendingCount;
    private int pendingBytes;

    ArpCache(int maxFrame) {
        this.maxFrame = maxFrame;
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

    /** Frames waiting for some resolution. */
    int pendingCount() {
        return pendingCount;
    }

    boolean isPending(int nextHop) {
        if (pendingCount == 0) {
            return false;
        }
        for (int i = 0; i < PENDING; i++) {
            if (pendingUsed[i] && pendingNextHop[i] == nextHop) {
                return true;
            }
        }
        return false;
    }

    /** Keeps a copy of the frame; false when the queue is full (the frame is dropped). */
    boolean hold(int nextHop, byte[] frame, int len, long now) {
        if (len > maxFrame || pendingCount == PENDING || pendingBytes + len > Math.max(PENDING_BYTES, maxFrame)) {
            return false;
        }
        for (int i = 0; i < PENDING; i++) {
            if (!pendingUsed[i]) {
                if (pendingFrames[i] == null || pendingFrames[i].length < len) {
                    pendingFrames[i] = new byte[len];
                }
                pendingUsed[i] = true;
                System.arraycopy(frame, 0, pendingFrames[i], 0, len);
                pendingLength[i] = len;
                pendingNextHop[i] = nextHop;
                pendingRetry[i] = now + RETRY;
                pendingAttempts[i] = 1;
                pendingCount++;
                pendingBytes += len;
                return true;
            }
        }
        return false;
    }

    /** Hands every frame waiting for {@code nextHop} to {@code sink}, in no particular order, and forgets them. */
    void release(int nextHop, PendingSink sink) {
        for (int i = 0; i < PENDING && pendingCount > 0; i++) {
            if (pendingUsed[i] && pendingNextHop[i] == nextHop) {
                forget(i);
                sink.send(pendingFrames[i], pendingLength[i]);
            }
        }
    }

    /**
     * Due retries at {@code now}: each next hop whose frames are due is asked once more through
     * {@code asker}; frames that have had {@link #ATTEMPTS} requests are dropped. Returns how
     * many were dropped.
     */
    int retry(long now, RequestSink asker) {
        int dropped = 0;
        for (int i = 0; i < PENDING && pendingCount > 0; i++) {
            if (!pendingUsed[i] || pendingRetry[i] - now > 0) {
                continue;
            }
            if (pendingAttempts[i] >= ATTEMPTS) {
                forget(i);
                dropped++;
                continue;
            }
            int hop = pendingNextHop[i];
            for (int j = i; j < PENDING; j++) {
                if (pendingUsed[j] && pendingNextHop[j] == hop) {
                    pendingAttempts[j]++;
                    pendingRetry[j] = now + RETRY;
                }
            }
            asker.ask(hop);
        }
        return dropped;
    }

    /** The earliest pending retry, or Long.MAX_VALUE. */
    long nextRetry() {
        long d = Long.MAX_VALUE;
        for (int i = 0; i < PENDING && pendingCount > 0; i++) {
            if (pendingUsed[i] && (d == Long.MAX_VALUE || pendingRetry[i] - d < 0)) {
                d = pendingRetry[i];
            }
        }
        return d;
    }

    private void forget(int i) {
        pendingUsed[i] = false;
        pendingCount--;
        pendingBytes -= pendingLength[i];
    }

    interface PendingSink {
        /** {@code frame[0..length)} may be rewritten and sent; it is not read after the call returns. */
        void send(byte[] frame, int length);
    }

    interface RequestSink {
        void ask(int nextHop);
    }
}
