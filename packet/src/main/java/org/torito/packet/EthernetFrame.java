package org.torito.packet;

/** Ethernet II header view; reusable, so parsing allocates nothing. */
public final class EthernetFrame {
    public static final int HEADER_LENGTH = 14;
    public static final int TYPE_IPV4 = 0x0800;
    public static final int TYPE_ARP = 0x0806;

    private byte[] buf;
    private int off;
    private int len;

    /** Returns false when the frame is too short for a header; then no getter is meaningful. */
    public boolean parse(byte[] b, int offset, int length) {
        if (b == null || offset < 0 || length < HEADER_LENGTH || length > b.length - offset) {
            return false;
        }
        buf = b;
        off = offset;
        len = length;
        return true;
    }

    public long destination() {
        return MacAddress.read(buf, off);
    }

    public long source() {
        return MacAddress.read(buf, off + 6);
    }

    /** The EtherType; 802.1Q tagged frames report 0x8100 and are not unwrapped. */
    public int etherType() {
        return BigEndian.u16(buf, off + 12);
    }

    public int payloadOffset() {
        return off + HEADER_LENGTH;
    }

    public int payloadLength() {
        return len - HEADER_LENGTH;
    }

    public static int write(byte[] b, int off, long destination, long source, int etherType) {
        MacAddress.write(b, off, destination);
        MacAddress.write(b, off + 6, source);
        BigEndian.put16(b, off + 12, etherType);
        return HEADER_LENGTH;
    }
}
