package org.torito.packet;

/** UDP header view (RFC 768); a zero checksum means the sender did not compute one. */
public final class UdpDatagram {
    public static final int HEADER_LENGTH = 8;

    private byte[] buf;
    private int off;
    private int udpLength;

    /** {@code len} is the IP payload length; the UDP length field must fit inside it. */
    public boolean parse(byte[] b, int offset, int len, int sourceIp, int destinationIp) {
        if (b == null || offset < 0 || len < HEADER_LENGTH || len > b.length - offset) {
            return false;
        }
        int length = BigEndian.u16(b, offset + 4);
        if (length < HEADER_LENGTH || length > len) {
            return false;
        }
        if (BigEndian.u16(b, offset + 6) != 0) {
            long sum = InternetChecksum.pseudoHeader(sourceIp, destinationIp, Ipv4Packet.PROTOCOL_UDP, length);
            if (InternetChecksum.finish(InternetChecksum.add(sum, b, offset, length)) != 0) {
                return false;
            }
        }
        buf = b;
        off = offset;
        udpLength = length;
        return true;
    }

    public int sourcePort() {
        return BigEndian.u16(buf, off);
    }

    public int destinationPort() {
        return BigEndian.u16(buf, off + 2);
    }

    public int payloadOffset() {
        return off + HEADER_LENGTH;
    }

    public int payloadLength() {
        return udpLength - HEADER_LENGTH;
    }

    /** Writes the header and checksum for {@code payloadLength} bytes already at off + 8. */
    public static int write(byte[] b, int off, int sourcePort, int destinationPort, int payloadLength,
            int sourceIp, int destinationIp) {
        int length = HEADER_LENGTH + payloadLength;
        BigEndian.put16(b, off, sourcePort);
        BigEndian.put16(b, off + 2, destinationPort);
        BigEndian.put16(b, off + 4, length);
        BigEndian.put16(b, off + 6, 0);
        long sum = InternetChecksum.pseudoHeader(sourceIp, destinationIp, Ipv4Packet.PROTOCOL_UDP, length);
        int checksum = InternetChecksum.finish(InternetChecksum.add(sum, b, off, length));
        BigEndian.put16(b, off + 6, checksum == 0 ? 0xFFFF : checksum);
        return length;
    }
}
