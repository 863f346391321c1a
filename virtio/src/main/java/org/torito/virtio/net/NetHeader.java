package org.torito.virtio.net;

import org.torito.virtio.VirtioMemory;

/**
 * struct virtio_net_hdr as VERSION_1 lays it out (virtio 1.2 5.1.6): 12 bytes before every
 * frame in both directions, num_buffers included whether or not MRG_RXBUF is negotiated.
 * Checksum offload is the one offload used: a frame may carry NEEDS_CSUM with csum_start and
 * csum_offset (its checksum is partial), or DATA_VALID (validated); never GSO.
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
     * A header whose frame has a partial checksum (NEEDS_CSUM): the sum from {@code csumStart}
     * to the end of the frame goes at {@code csumStart + csumOffset}. {@code buffers} is
     * num_buffers (0 from a driver, 1 from a device).
     */
    public static void writePartialChecksum(VirtioMemory memory, long address, int csumStart, int csumOffset,
                                            int buffers) {
        memory.write32(address, F_NEEDS_CSUM);
        memory.write32(address + 4, csumStart << 16);
        memory.write16(address + CSUM_OFFSET, csumOffset);
        memory.write16(address + NUM_BUFFERS, buffers);
    }

    /** The same into an array. */
    public static void writePartialChecksum(byte[] b, int off, int csumStart, int csumOffset, int buffers) {
        writeReceived(b, off, buffers);
        b[off + FLAGS] = F_NEEDS_CSUM;
        b[off + CSUM_START] = (byte) csumStart;
        b[off + CSUM_START + 1] = (byte) (csumStart >>> 8);
        b[off + CSUM_OFFSET] = (byte) csumOffset;
        b[off + CSUM_OFFSET + 1] = (byte) (csumOffset >>> 8);
    }

    /** csum_start of a header in {@code b} at {@code off} (little-endian, like every field). */
    public static int csumStart(byte[] b, int off) {
        return b[off + CSUM_START] & 0xFF | (b[off + CSUM_START + 1] & 0xFF) << 8;
    }

    /** csum_offset of a header in {@code b} at {@code off}. */
    public static int csumOffset(byte[] b, int off) {
        return b[off + CSUM_OFFSET] & 0xFF | (b[off + CSUM_OFFSET + 1] & 0xFF) << 8;
    }

    /**
     * Where the TCP checksum of an Ethernet frame holding IPv4 and TCP starts (csum_start, the
     * TCP header's offset), or -1 for any other frame; its csum_offset is
     * {@link #TCP_CHECKSUM_OFFSET}. Only what the frame's own bytes say, checked against its length.
     */
    public static int tcpChecksumStart(byte[] frame, int offset, int length) {
        if (length < 14 + 20 + 20 || frame[offset + 12] != 0x08 || frame[offset + 13] != 0x00
                || frame[offset + 14 + 9] != 6) {
            return -1;
        }
        int start = 14 + (frame[offset + 14] & 0x0F) * 4;
        return start >= 14 + 20 && start + 20 <= length ? start : -1;
    }

    /** csum_offset of a TCP checksum: the field's place in the TCP header. */
    public static final int TCP_CHECKSUM_OFFSET = 16;

    /**
     * Whether a transmitted header asks for nothing this device does not offer: a device without
     * CSUM or HOST_TSO must see flags 0 and GSO_NONE (5.1.6.2.1 says the driver must not set them).
     */
    public static boolean isPlain(int flags, int gsoType) {
        return (flags & F_NEEDS_CSUM) == 0 && gsoType == GSO_NONE;
    }
}
