package org.torito.virtio.net;

/**
 * The virtio-net configuration space (struct virtio_net_config, virtio 1.2 5.1.4): mac[6],
 * status, max_virtqueue_pairs and mtu, encoded little-endian for config-space reads. The
 * fields after mtu (speed, duplex, RSS) are not offered.
 */
public final class NetConfig {
    public static final int MAC = 0;
    public static final int STATUS = 6;
    public static final int MAX_VIRTQUEUE_PAIRS = 8;
    public static final int MTU = 10;
    public static final int SIZE = 12;

    /** status bit: the link is up. */
    public static final int LINK_UP = 1;

    private final byte[] bytes = new byte[SIZE];

    /** The MAC in its low 48 bits, most significant byte first on the wire (mac[0]). */
    public NetConfig mac(long mac) {
        for (int i = 0; i < 6; i++) {
            bytes[MAC + i] = (byte) (mac >>> (8 * (5 - i)));
        }
        return this;
    }

    public NetConfig status(int status) {
        put(STATUS, status);
        return this;
    }

    public NetConfig maxVirtqueuePairs(int pairs) {
        put(MAX_VIRTQUEUE_PAIRS, pairs);
        return this;
    }

    public NetConfig mtu(int mtu) {
        put(MTU, mtu);
        return this;
    }

    /** A little-endian config-space read; bytes past {@link #SIZE} read 0. */
    public int read(int offset, int width) {
        int value = 0;
        for (int i = width - 1; i >= 0; i--) {
            int at = offset + i;
            value = (value << 8) | (at >= 0 && at < SIZE ? bytes[at] & 0xff : 0);
        }
        return value;
    }

    /**
     * The MAC from the two little-endian 32-bit config words at offsets 0 and 4, as a driver
     * reads them (mac[0] is the low byte of the first).
     */
    public static long macOf(int word0, int word4) {
        long mac = 0;
        for (int i = 0; i < 6; i++) {
            int b = i < 4 ? word0 >>> (8 * i) : word4 >>> (8 * (i - 4));
            mac = (mac << 8) | (b & 0xff);
        }
        return mac;
    }

    private void put(int offset, int value) {
        bytes[offset] = (byte) value;
        bytes[offset + 1] = (byte) (value >>> 8);
    }
}
