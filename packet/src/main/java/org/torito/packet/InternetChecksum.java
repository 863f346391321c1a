package org.torito.packet;

/**
 * The Internet checksum (RFC 1071): one's complement sum of 16-bit words. Partial sums are
 * kept in a long so any length up to 2 GiB adds without an overflow check per word.
 */
public final class InternetChecksum {
    private InternetChecksum() {
    }

    /** Adds {@code len} bytes to a running sum; an odd trailing byte is padded with zero. */
    public static long add(long sum, byte[] b, int off, int len) {
        int end = off + len - 1;
        int i = off;
        for (; i < end; i += 2) {
            sum += ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
        }
        if (i == end) {
            sum += (b[i] & 0xFF) << 8;
        }
        return sum;
    }

    /** The IPv4 pseudo-header sum for TCP and UDP (RFC 9293 3.1, RFC 768). */
    public static long pseudoHeader(int source, int destination, int protocol, int length) {
        return (long) (source >>> 16) + (source & 0xFFFF) + (destination >>> 16) + (destination & 0xFFFF)
                + protocol + length;
    }

    /** Folds a running sum to 16 bits and complements it: the value to put in the header. */
    public static int finish(long sum) {
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return (int) (~sum & 0xFFFF);
    }

    /**
     * Completes a partial checksum in place (virtio-net's NEEDS_CSUM): sums
     * {@code b[start..end)}, whose field at {@code start + offset} holds the pseudo-header sum,
     * and stores the result there. The caller has checked that the field lies in the range.
     */
    public static void complete(byte[] b, int start, int offset, int end) {
        BigEndian.put16(b, start + offset, finish(add(0, b, start, end - start)));
    }

    /** Checksum of a byte range alone, e.g. an IPv4 header or an ICMP message. */
    public static int of(byte[] b, int off, int len) {
        return finish(add(0, b, off, len));
    }
}
