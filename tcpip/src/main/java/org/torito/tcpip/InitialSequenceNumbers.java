package org.torito.tcpip;

/**
 * RFC 6528-style ISNs: a 4-microsecond clock plus a keyed hash of the connection's addresses,
 * so sequence numbers are hard to guess off-path and distinct per 4-tuple. The hash is a
 * 64-bit mixer keyed by a per-boot secret, not a cryptographic PRF.
 */
final class InitialSequenceNumbers {
    private final long secret;

    InitialSequenceNumbers(long secret) {
        this.secret = secret;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    int next(int localIp, int localPort, int remoteIp, int remotePort, long nowNanos) {
        long tuple = ((long) localIp << 32) ^ ((long) remoteIp & 0xFFFFFFFFL);
        long ports = ((long) localPort << 16) | remotePort;
        long h = mix(mix(secret ^ tuple) ^ ports ^ (secret >>> 17));
        return (int) (nowNanos / 4000) + (int) h;
    }
}
