package org.torito.packet;

/**
 * IPv4 header view (RFC 791). Options are skipped, not interpreted. Fragments parse as valid
 * but report {@link #isFragment()} so a stack that does not reassemble can drop them.
 */
public final class Ipv4Packet {
    public static final int HEADER_LENGTH = 20;
    public static final int PROTOCOL_ICMP = 1;
    public static final int PROTOCOL_TCP = 6;
    public static final int PROTOCOL_UDP = 17;
    public static final int DEFAULT_TTL = 64;

    private byte[] buf;
    private int off;
    private int headerLength;
    private int totalLength;

    /**
     * Returns false for anything that is not a well-formed IPv4 header whose total length fits
     * in {@code len}: wrong version, IHL below 5, lengths past the buffer, bad header checksum.
     * Bytes after the total length (Ethernet padding) are ignored.
     */
    public boolean parse(byte[] b, int offset, int len) {
        if (b == null || offset < 0 || len < HEADER_LENGTH || len > b.length - offset) {
            return false;
        }
        int versionIhl = b[offset] & 0xFF;
        int ihl = (versionIhl & 0x0F) * 4;
        if ((versionIhl >>> 4) != 4 || ihl < HEADER_LENGTH || ihl > len) {
            return false;
        }
        int total = BigEndian.u16(b, offset + 2);
        if (total < ihl || total > len) {
            return false;
        }
        if (InternetChecksum.of(b, offset, ihl) != 0) {
            return false;
        }
        buf = b;
        off = offset;
        headerLength = ihl;
        totalLength = total;
        return true;
    }

    public int headerLength() {
        return headerLength;
    }

    public int totalLength() {
        return totalLength;
    }

    public int identification() {
        return BigEndian.u16(buf, off + 4);
    }

    public boolean dontFragment() {
        return (buf[off + 6] & 0x40) != 0;
    }

    /** More-fragments set or a non-zero fragment offset. */
    public boolean isFragment() {
        return (BigEndian.u16(buf, off + 6) & 0x3FFF) != 0;
    }

    public int ttl() {
        return buf[off + 8] & 0xFF;
    }

    public int protocol() {
        return buf[off + 9] & 0xFF;
    }

    public int source() {
        return BigEndian.i32(buf, off + 12);
    }

    public int destination() {
        return BigEndian.i32(buf, off + 16);
    }

    public int payloadOffset() {
        return off + headerLength;
    }

    public int payloadLength() {
        return totalLength - headerLength;
    }

    /** Writes a 20-byte header with DF set and its checksum; the payload follows at off + 20. */
    public static int write(byte[] b, int off, int payloadLength, int identification, int ttl, int protocol,
            int source, int destination) {
        b[off] = 0x45;
        b[off + 1] = 0;
        BigEndian.put16(b, off + 2, HEADER_LENGTH + payloadLength);
        BigEndian.put16(b, off + 4, identification);
        BigEndian.put16(b, off + 6, 0x4000);
        b[off + 8] = (byte) ttl;
        b[off + 9] = (byte) protocol;
        BigEndian.put16(b, off + 10, 0);
        BigEndian.put32(b, off + 12, source);
        BigEndian.put32(b, off + 16, destination);
        BigEndian.put16(b, off + 10, InternetChecksum.of(b, off, HEADER_LENGTH));
        return HEADER_LENGTH;
    }
}
