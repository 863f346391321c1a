package org.torito.virtio.net;

import org.torito.virtio.VirtioMemory;

/**
 * struct virtio_net_hdr as VERSION_1 lays it out (virtio 1.2 5.1.6): 12 bytes before every
 * frame in both directions, num_buffers included whether or not MRG_RXBUF is negotiated.
 * Only what a device without checksum or segmentation offload needs: the flags and gso_type a
 * plain frame carries (0, GSO_NONE) and num_buffers.
 */
public final class NetHeader {
    public static final int SIZE = 12;
    public static final int FLAGS = 0;
    public static final int GSO_TYPE = 1;
    public static final int HDR_LEN = 2;
    public static final int GSO_SIZE = 4;
    public static final int CSUM_START = 6;
    public static final int CSUM_OFFSET = 8;
    public static final int NUM_BUFFERS = 10;

    public static final int F_NEEDS_CSUM = 1;
    public static final int F_DATA_VALID = 2;
    public static final int GSO_NONE = 0;

    private NetHeader() {
    }

    /**
     * Writes the header of a received frame that fills {@code buffers} receive buffers: no
     * offload, so every field but num_buffers is 0 (5.1.6.3.1: 1 without MRG_RXBUF).
     */
    public static void writeReceived(VirtioMemory memory, long address, int buffers) {
        memory.write32(address, 0);
        memory.write32(address + 4, 0);
        memory.write16(address + CSUM_OFFSET, 0);
        memory.write16(address + NUM_BUFFERS, buffers);
    }

    /** The same into an array, for a driver or device that builds the header before copying. */
    public static void writeReceived(byte[] b, int off, int buffers) {
        java.util.Arrays.fill(b, off, off + SIZE, (byte) 0);
        b[off + NUM_BUFFERS] = (byte) buffers;
        b[off + NUM_BUFFERS + 1] = (byte) (buffers >>> 8);
    }

    /** The header the driver puts before a frame to send: no checksum or segmentation offload asked for. */
    public static void writeTransmit(VirtioMemory memory, long address) {
        writeReceived(memory, address, 0);
    }

    /**
     * Whether a transmitted header asks for nothing this device does not offer: a device without
     * CSUM or HOST_TSO must see flags 0 and GSO_NONE (5.1.6.2.1 says the driver must not set them).
     */
    public static boolean isPlain(int flags, int gsoType) {
        return (flags & F_NEEDS_CSUM) == 0 && gsoType == GSO_NONE;
    }
}
