package org.torito.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Round trips and hostile inputs for Ethernet, ARP, IPv4, ICMP and UDP. */
class FrameFormatsTest {
    static final int A = Ipv4Address.of(10, 0, 2, 15);
    static final int B = Ipv4Address.of(10, 0, 2, 2);

    @Test
    void ethernetRoundTripAndShortFrame() {
        byte[] b = new byte[60];
        EthernetFrame.write(b, 0, MacAddress.BROADCAST, 0x525400000001L, EthernetFrame.TYPE_ARP);
        EthernetFrame f = new EthernetFrame();
        assertTrue(f.parse(b, 0, 60));
        assertEquals(MacAddress.BROADCAST, f.destination());
        assertEquals(0x525400000001L, f.source());
        assertEquals(EthernetFrame.TYPE_ARP, f.etherType());
        assertEquals(46, f.payloadLength());
        assertFalse(f.parse(b, 0, 13));
        assertFalse(f.parse(b, 50, 14));
        assertFalse(f.parse(b, -1, 20));
        assertFalse(f.parse(null, 0, 20));
    }

    @Test
    void arpRoundTripAndRejects() {
        byte[] b = new byte[28];
        ArpPacket.write(b, 0, ArpPacket.REQUEST, 0x1122334455L, A, 0, B);
        ArpPacket p = new ArpPacket();
        assertTrue(p.parse(b, 0, 28));
        assertEquals(ArpPacket.REQUEST, p.operation());
        assertEquals(0x1122334455L, p.senderMac());
        assertEquals(A, p.senderIp());
        assertEquals(B, p.targetIp());
        assertFalse(p.parse(b, 0, 27));
        b[7] = 3;
        assertFalse(p.parse(b, 0, 28), "unknown operation");
        b[7] = 1;
        b[4] = 8;
        assertFalse(p.parse(b, 0, 28), "hardware length not 6");
    }

    static byte[] ipPacket(int payload) {
        byte[] b = new byte[20 + payload + 6];
        Ipv4Packet.write(b, 0, payload, 77, 64, Ipv4Packet.PROTOCOL_UDP, A, B);
        return b;
    }

    @Test
    void ipv4RoundTripIgnoresPadding() {
        byte[] b = ipPacket(10);
        Ipv4Packet p = new Ipv4Packet();
        assertTrue(p.parse(b, 0, b.length));
        assertEquals(20, p.headerLength());
        assertEquals(10, p.payloadLength());
        assertEquals(A, p.source());
        assertEquals(B, p.destination());
        assertEquals(Ipv4Packet.PROTOCOL_UDP, p.protocol());
        assertEquals(77, p.identification());
        assertTrue(p.dontFragment());
        assertFalse(p.isFragment());
    }

    @Test
    void ipv4HostileHeaders() {
        Ipv4Packet p = new Ipv4Packet();
        byte[] b = ipPacket(10);
        assertFalse(p.parse(b, 0, 29), "total length beyond buffer");
        byte[] c = b.clone();
        c[0] = 0x65;
        assertFalse(p.parse(c, 0, c.length), "version 6");
        c = b.clone();
        c[0] = 0x44;
        assertFalse(p.parse(c, 0, c.length), "IHL 4");
        c = b.clone();
        c[0] = 0x4F;
        assertFalse(p.parse(c, 0, c.length), "IHL 60 beyond total");
        c = b.clone();
        c[15] ^= 1;
        assertFalse(p.parse(c, 0, c.length), "bad checksum");
        c = b.clone();
        BigEndian.put16(c, 2, 19);
        BigEndian.put16(c, 10, 0);
        BigEndian.put16(c, 10, InternetChecksum.of(c, 0, 20));
        assertFalse(p.parse(c, 0, c.length), "total below header");
    }

    @Test
    void ipv4OptionsAreSkippedAndFragmentsDetected() {
        byte[] b = new byte[24 + 4];
        Ipv4Packet.write(b, 0, 0, 1, 64, 6, A, B);
        b[0] = 0x46;
        BigEndian.put16(b, 2, 28);
        b[20] = 1; // NOP options
        b[21] = 1;
        b[22] = 1;
        b[23] = 0;
        BigEndian.put16(b, 6, 0x2000); // more fragments
        BigEndian.put16(b, 10, 0);
        BigEndian.put16(b, 10, InternetChecksum.of(b, 0, 24));
        Ipv4Packet p = new Ipv4Packet();
        assertTrue(p.parse(b, 0, b.length));
        assertEquals(24, p.payloadOffset());
        assertEquals(4, p.payloadLength());
        assertTrue(p.isFragment());
    }

    @Test
    void icmpEchoRoundTripAndBadChecksum() {
        byte[] b = new byte[8 + 5];
        System.arraycopy("hello".getBytes(), 0, b, 8, 5);
        assertEquals(13, IcmpMessage.writeEcho(b, 0, IcmpMessage.ECHO_REQUEST, 0x1234, 7, 5));
        IcmpMessage m = new IcmpMessage();
        assertTrue(m.parse(b, 0, 13));
        assertEquals(IcmpMessage.ECHO_REQUEST, m.type());
        assertEquals(0x1234, m.identifier());
        assertEquals(7, m.sequence());
        assertEquals(5, m.payloadLength());
        b[12] ^= 0x40;
        assertFalse(m.parse(b, 0, 13));
        assertFalse(m.parse(b, 0, 7));
    }

    @Test
    void udpRoundTripAndRejects() {
        byte[] b = new byte[8 + 3];
        b[8] = 'a';
        b[9] = 'b';
        b[10] = 'c';
        UdpDatagram.write(b, 0, 5000, 7, 3, A, B);
        UdpDatagram u = new UdpDatagram();
        assertTrue(u.parse(b, 0, 11, A, B));
        assertEquals(5000, u.sourcePort());
        assertEquals(7, u.destinationPort());
        assertEquals(3, u.payloadLength());
        assertFalse(u.parse(b, 0, 11, A, B + 1), "pseudo-header mismatch");
        assertFalse(u.parse(b, 0, 10, A, B), "UDP length beyond IP payload");
        byte[] c = b.clone();
        BigEndian.put16(c, 4, 7);
        assertFalse(u.parse(c, 0, 11, A, B), "UDP length below header");
        c = b.clone();
        BigEndian.put16(c, 6, 0);
        c[10] = 'z';
        assertTrue(u.parse(c, 0, 11, A, B), "zero checksum means none");
    }
}
