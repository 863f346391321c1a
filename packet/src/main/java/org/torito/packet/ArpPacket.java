package org.torito.packet;

/** ARP for IPv4 over Ethernet (RFC 826); other hardware or protocol types are invalid. */
public final class ArpPacket {
    public static final int LENGTH = 28;
    public static final int REQUEST = 1;
    public static final int REPLY = 2;

    private int operation;
    private long senderMac;
    private int senderIp;
    private long targetMac;
    private int targetIp;

    public boolean parse(byte[] b, int off, int len) {
        if (b == null || off < 0 || len < LENGTH || len > b.length - off) {
            return false;
        }
        if (BigEndian.u16(b, off) != 1 || BigEndian.u16(b, off + 2) != EthernetFrame.TYPE_IPV4
                || BigEndian.u8(b, off + 4) != 6 || BigEndian.u8(b, off + 5) != 4) {
            return false;
        }
        int op = BigEndian.u16(b, off + 6);
        if (op != REQUEST && op != REPLY) {
            return false;
        }
        operation = op;
        senderMac = MacAddress.read(b, off + 8);
        senderIp = BigEndian.i32(b, off + 14);
        targetMac = MacAddress.read(b, off + 18);
        targetIp = BigEndian.i32(b, off + 24);
        return true;
    }

    public int operation() {
        return operation;
    }

    public long senderMac() {
        return senderMac;
    }

    public int senderIp() {
        return senderIp;
    }

    public long targetMac() {
        return targetMac;
    }

    public int targetIp() {
        return targetIp;
    }

    public static int write(byte[] b, int off, int operation, long senderMac, int senderIp, long targetMac,
            int targetIp) {
        BigEndian.put16(b, off, 1);
        BigEndian.put16(b, off + 2, EthernetFrame.TYPE_IPV4);
        b[off + 4] = 6;
        b[off + 5] = 4;
        BigEndian.put16(b, off + 6, operation);
        MacAddress.write(b, off + 8, senderMac);
        BigEndian.put32(b, off + 14, senderIp);
        MacAddress.write(b, off + 18, targetMac);
        BigEndian.put32(b, off + 24, targetIp);
        return LENGTH;
    }
}
