package org.torito.packet;

/** ICMP message view (RFC 792) with the echo fields; the checksum covers the whole message. */
public final class IcmpMessage {
    public static final int HEADER_LENGTH = 8;
    public static final int ECHO_REPLY = 0;
    public static final int DESTINATION_UNREACHABLE = 3;
    public static final int ECHO_REQUEST = 8;

    private byte[] buf;
    private int off;
    private int len;

    public boolean parse(byte[] b, int offset, int length) {
        if (b == null || offset < 0 || length < HEADER_LENGTH || length > b.length - offset) {
            return false;
        }
        if (InternetChecksum.of(b, offset, length) != 0) {
            return false;
        }
        buf = b;
        off = offset;
        len = length;
        return true;
    }

    public int type() {
        return buf[off] & 0xFF;
    }

    public int code() {
        return buf[off + 1] & 0xFF;
    }

    public int identifier() {
        return BigEndian.u16(buf, off + 4);
    }

    public int sequence() {
        return BigEndian.u16(buf, off + 6);
    }

    public int payloadOffset() {
        return off + HEADER_LENGTH;
    }

    public int payloadLength() {
        return len - HEADER_LENGTH;
    }

    /** Writes an echo header in front of {@code payloadLength} bytes already at off + 8. */
    public static int writeEcho(byte[] b, int off, int type, int identifier, int sequence, int payloadLength) {
        b[off] = (byte) type;
        b[off + 1] = 0;
        BigEndian.put16(b, off + 2, 0);
        BigEndian.put16(b, off + 4, identifier);
        BigEndian.put16(b, off + 6, sequence);
        int length = HEADER_LENGTH + payloadLength;
        BigEndian.put16(b, off + 2, InternetChecksum.of(b, off, length));
        return length;
    }
}
