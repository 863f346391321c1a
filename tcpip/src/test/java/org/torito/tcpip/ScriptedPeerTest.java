package org.torito.tcpip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torito.packet.TcpSegment.ACK;
import static org.torito.packet.TcpSegment.FIN;
import static org.torito.packet.TcpSegment.RST;
import static org.torito.packet.TcpSegment.SYN;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.torito.packet.ArpPacket;
import org.torito.packet.EthernetFrame;
import org.torito.packet.IcmpMessage;
import org.torito.packet.Ipv4Packet;
import org.torito.packet.TcpSegment;
import org.torito.packet.UdpDatagram;

/** Exact replies of one stack to hand-built segments. */
class ScriptedPeerTest {
    static final byte[] NONE = new byte[0];

    @Test
    void synGetsSynAckWithMssAndWindowScale() {
        ScriptedPeer p = new ScriptedPeer();
        p.introduce();
        p.stack.listen(80, 4);
        p.tcp(40000, 80, 1000, 0, SYN, 64240, 1460, 7, NONE);
        TcpSegment r = p.onlyTcpReply();
        assertEquals(SYN | ACK, r.flags());
        assertEquals(1001, r.acknowledgment());
        assertEquals(80, r.sourcePort());
        assertEquals(40000, r.destinationPort());
        assertTrue(r.mss() >= 1460, "MSS " + r.mss());
        assertEquals(2, r.windowScale(), "128 KiB buffer needs a shift of 2");
        assertEquals(65535, r.window(), "SYN-ACK windows are never scaled");
    }

    @Test
    void noWindowScaleOptionWhenThePeerOffersNone() {
        ScriptedPeer p = new ScriptedPeer();
        p.introduce();
        p.stack.listen(80, 4);
        p.tcp(40000, 80, 1000, 0, SYN, 64240, 1460, -1, NONE);
        TcpSegment r = p.onlyTcpReply();
        assertEquals(-1, r.windowScale());
        assertEquals(1460, r.mss());
    }

    @Test
    void isnsDifferPerConnection() {
        ScriptedPeer p = new ScriptedPeer();
        p.introduce();
        p.stack.listen(80, 4);
        p.tcp(40000, 80, 1000, 0, SYN, 64240, 1460, -1, NONE);
        int first = p.onlyTcpReply().sequence();
        p.tcp(40001, 80, 1000, 0, SYN, 64240, 1460, -1, NONE);
        int second = p.onlyTcpReply().sequence();
        assertTrue(first != second && Math.abs(first - second) > 1_000_000, first + " vs " + second);
    }

    @Test
    void closedPortAnswersRst() {
        ScriptedPeer p = new ScriptedPeer();
        p.introduce();
        p.tcp(40000, 81, 5000, 0, SYN, 1000, -1, -1, NONE);
        TcpSegment r = p.onlyTcpReply();
        assertEquals(RST | ACK, r.flags());
        assertEquals(0, r.sequence());
        assertEquals(5001, r.acknowledgment(), "SEG.SEQ + SEG.LEN, the SYN counting one");
        p.tcp(40000, 81, 5000, 777, ACK, 1000, -1, -1, new byte[10]);
        r = p.onlyTcpReply();
        assertEquals(RST, r.flags());
        assertEquals(777, r.sequence(), "SEQ = SEG.ACK");
        p.tcp(40000, 81, 5000, 777, RST, 1000, -1, -1, NONE);
        assertEquals(0, p.sent.size(), "never RST a RST");
    }

    /** Completes a handshake; returns the stack's ISS. */
    static int establish(ScriptedPeer p, TcpListener l) {
        p.tcp(40000, 80, 1000, 0, SYN, 65535, 1460, -1, NONE);
        int iss = p.onlyTcpReply().sequence();
        p.tcp(40000, 80, 1001, iss + 1, ACK, 65535, -1, -1, NONE);
        assertEquals(0, p.sent.size(), "no reply to the handshake ACK");
        return iss;
    }

    @Test
    void outOfWindowSegmentIsAckedAndDropped() {
        ScriptedPeer p = new ScriptedPeer();
        p.introduce();
        TcpListener l = p.stack.listen(80, 4);
        int iss = establish(p, l);
        TcpConnection c = l.accept();
        assertNotNull(c);
        p.tcp(40000, 80, 1001 + 10_000_000, iss + 1, ACK, 65535, -1, -1, new byte[] {1, 2, 3});
        TcpSegment r = p.onlyTcpReply();
        assertEquals(ACK, r.flags());
        assertEquals(1001, r.acknowledgment());
        assertEquals(iss + 1, r.sequence());
        assertEquals(0, c.available());
        assertEquals(TcpState.ESTABLISHED, c.state());
    }

    @Test
    void inWindowRstWithWrongSequenceGetsChallengeAck() {
        ScriptedPeer p = new ScriptedPeer();
        p.introduce();
        TcpListener l = p.stack.listen(80, 4);
        establish(p, l);
        TcpConnection c = l.accept();
        p.tcp(40000, 80, 1001 + 100, 0, RST, 0, -1, -1, NONE);
        TcpSegment r = p.onlyTcpReply();
        assertEquals(ACK, r.flags());
        assertEquals(TcpState.ESTABLISHED, c.state());
        p.tcp(40000, 80, 1001, 0, RST, 0, -1, -1, NONE);
        assertEquals(TcpState.CLOSED, c.state());
        assertTrue(c.isReset());
        assertEquals(0, p.stack.connectionCount());
        assertEquals(-1, c.read(new byte[4], 0, 4));
    }

    @Test
    void peerCloseAndDataAreAcknowledgedExactly() {
        ScriptedPeer p = new ScriptedPeer();
        p.introduce();
        TcpListener l = p.stack.listen(80, 4);
        int iss = establish(p, l);
        TcpConnection c = l.accept();
        p.tcp(40000, 80, 1001, iss + 1, ACK | FIN, 65535, -1, -1, "bye".getBytes());
        TcpSegment r = p.onlyTcpReply();
        assertEquals(ACK, r.flags());
        assertEquals(1001 + 3 + 1, r.acknowledgment(), "data and FIN acknowledged at once");
        assertEquals(TcpState.CLOSE_WAIT, c.state());
        byte[] b = new byte[8];
        assertEquals(3, c.read(b, 0, 8));
        assertEquals(-1, c.read(b, 0, 8));
        c.close();
        r = p.onlyTcpReply();
        assertEquals(FIN | ACK, r.flags());
        assertEquals(iss + 1, r.sequence());
        assertEquals(TcpState.LAST_ACK, c.state());
        p.tcp(40000, 80, 1005, iss + 2, ACK, 65535, -1, -1, NONE);
        assertEquals(TcpState.CLOSED, c.state());
        assertFalse(c.isReset());
    }

    @Test
    void synBacklogLimitsHalfOpenConnections() {
        ScriptedPeer p = new ScriptedPeer();
        p.introduce();
        TcpListener l = p.stack.listen(80, 2);
        for (int port = 50000; port < 50005; port++) {
            p.tcp(port, 80, 1, 0, SYN, 1000, 1460, -1, NONE);
        }
        assertEquals(2, p.sent.size(), "only the backlog's worth of SYN-ACKs");
        assertEquals(2, l.halfOpen());
        assertEquals(2, p.stack.connectionCount());
        // Half-open connections give up after their SYN-ACK retransmissions.
        p.sent.clear();
        for (int i = 0; i < 100 && p.stack.connectionCount() > 0; i++) {
            p.clock.now += 1_000_000_000L;
            p.stack.poll(p.clock.now);
        }
        assertEquals(0, p.stack.connectionCount());
        assertEquals(0, l.halfOpen());
        assertEquals(2 * 5, p.sent.size(), "five SYN-ACK retransmissions each");
        p.sent.clear();
        p.tcp(50010, 80, 1, 0, SYN, 1000, 1460, -1, NONE);
        assertEquals(SYN | ACK, p.onlyTcpReply().flags(), "room again");
    }

    @Test
    void echoRequestGetsExactEchoReply() {
        ScriptedPeer p = new ScriptedPeer();
        p.introduce();
        byte[] payload = "abcdefghijklmnopqrstuvwxyz".getBytes();
        p.ping(0x4242, 9, payload);
        assertEquals(1, p.sent.size());
        byte[] f = p.sent.get(0);
        EthernetFrame e = new EthernetFrame();
        assertTrue(e.parse(f, 0, f.length));
        assertEquals(ScriptedPeer.PEER_MAC, e.destination());
        Ipv4Packet ip = new Ipv4Packet();
        assertTrue(ip.parse(f, 14, f.length - 14));
        assertEquals(ScriptedPeer.PEER_IP, ip.destination());
        IcmpMessage m = new IcmpMessage();
        assertTrue(m.parse(f, ip.payloadOffset(), ip.payloadLength()));
        assertEquals(IcmpMessage.ECHO_REPLY, m.type());
        assertEquals(0x4242, m.identifier());
        assertEquals(9, m.sequence());
        assertArrayEquals(payload, Arrays.copyOfRange(f, m.payloadOffset(), m.payloadOffset() + m.payloadLength()));
    }

    @Test
    void arpRequestForUsIsAnsweredAndOthersAreIgnored() {
        ScriptedPeer p = new ScriptedPeer();
        byte[] f = new byte[60];
        EthernetFrame.write(f, 0, -1L & 0xFFFF_FFFF_FFFFL, ScriptedPeer.PEER_MAC, EthernetFrame.TYPE_ARP);
        ArpPacket.write(f, 14, ArpPacket.REQUEST, ScriptedPeer.PEER_MAC, ScriptedPeer.PEER_IP, 0, VirtualWire.IP_A + 7);
        p.stack.receive(f, 0, f.length);
        assertEquals(0, p.sent.size(), "not our address");
        ArpPacket.write(f, 14, ArpPacket.REQUEST, ScriptedPeer.PEER_MAC, ScriptedPeer.PEER_IP, 0, VirtualWire.IP_A);
        p.stack.receive(f, 0, f.length);
        assertEquals(1, p.sent.size());
        ArpPacket a = new ArpPacket();
        byte[] r = p.sent.get(0);
        assertTrue(a.parse(r, 14, r.length - 14));
        assertEquals(ArpPacket.REPLY, a.operation());
        assertEquals(VirtualWire.MAC_A, a.senderMac());
        assertEquals(VirtualWire.IP_A, a.senderIp());
        assertEquals(ScriptedPeer.PEER_MAC, a.targetMac());
    }

    @Test
    void unresolvedDestinationQueuesBoundedAndRetriesArp() {
        ScriptedPeer p = new ScriptedPeer();
        UdpSocket s = p.stack.bindUdp(5000);
        for (int i = 0; i < ArpCache.PENDING + 4; i++) {
            assertEquals(i < ArpCache.PENDING, s.sendTo(ScriptedPeer.PEER_IP, 9, new byte[] {(byte) i}, 0, 1));
        }
        assertEquals(1, p.sent.size(), "one ARP request, the datagrams wait");
        p.sent.clear();
        p.clock.now += 1_000_000_000L;
        p.stack.poll(p.clock.now);
        assertEquals(1, p.sent.size(), "ARP retried after a second");
        p.sent.clear();
        answerArp(p);
        assertEquals(ArpCache.PENDING, p.sent.size(), "the held datagrams go out on the reply");
        EthernetFrame e = new EthernetFrame();
        for (byte[] frame : p.sent) {
            assertTrue(e.parse(frame, 0, frame.length));
            assertEquals(ScriptedPeer.PEER_MAC, e.destination());
        }
    }

    /** The peer's ARP reply to us. */
    private static void answerArp(ScriptedPeer p) {
        byte[] f = new byte[42];
        EthernetFrame.write(f, 0, VirtualWire.MAC_A, ScriptedPeer.PEER_MAC, EthernetFrame.TYPE_ARP);
        ArpPacket.write(f, 14, ArpPacket.REPLY, ScriptedPeer.PEER_MAC, ScriptedPeer.PEER_IP, VirtualWire.MAC_A,
                VirtualWire.IP_A);
        p.stack.receive(f, 0, f.length);
    }

    @Test
    void framesWaitingForArpAreBoundedByBytesToo() {
        ScriptedPeer p = new ScriptedPeer();
        UdpSocket s = p.stack.bindUdp(5000);
        byte[] payload = new byte[1400];
        int frame = 14 + 20 + 8 + payload.length;
        int fit = ArpCache.PENDING_BYTES / frame;
        for (int i = 0; i < fit + 3; i++) {
            assertEquals(i < fit, s.sendTo(ScriptedPeer.PEER_IP, 9, payload, 0, payload.length), "datagram " + i);
        }
        p.sent.clear();
        answerArp(p);
        assertEquals(fit, p.sent.size(), "the held datagrams go out on the reply");
        assertTrue(s.sendTo(ScriptedPeer.PEER_IP, 9, payload, 0, payload.length), "resolved: sent at once");
        assertEquals(fit + 1, p.sent.size());
    }

    @Test
    void udpDatagramsReachTheBoundSocketAndEchoBack() {
        ScriptedPeer p = new ScriptedPeer();
        p.introduce();
        UdpSocket s = p.stack.bindUdp(7);
        p.udp(3333, 7, "echo me".getBytes());
        p.udp(3333, 8, "nobody".getBytes());
        byte[] b = new byte[64];
        int n = s.receive(b, 0, b.length);
        assertEquals(7, n);
        assertEquals(ScriptedPeer.PEER_IP, s.lastSource());
        assertEquals(3333, s.lastSourcePort());
        assertEquals(-1, s.receive(b, 0, b.length));
        assertTrue(s.sendTo(s.lastSource(), s.lastSourcePort(), b, 0, n));
        byte[] f = p.sent.get(0);
        Ipv4Packet ip = new Ipv4Packet();
        assertTrue(ip.parse(f, 14, f.length - 14));
        UdpDatagram u = new UdpDatagram();
        assertTrue(u.parse(f, ip.payloadOffset(), ip.payloadLength(), ip.source(), ip.destination()));
        assertEquals(7, u.sourcePort());
        assertEquals(3333, u.destinationPort());
        assertEquals("echo me", new String(f, u.payloadOffset(), u.payloadLength()));
    }

    @Test
    void hostileFramesNeverThrow() {
        ScriptedPeer p = new ScriptedPeer();
        p.introduce();
        TcpListener l = p.stack.listen(80, 4);
        p.stack.bindUdp(7);
        establish(p, l);
        Random r = new Random(7);
        byte[] base = ScriptedPeer.ipFrame(Ipv4Packet.PROTOCOL_TCP, new byte[40], 40);
        for (int n = 0; n < 50_000; n++) {
            byte[] f = Arrays.copyOf(base, 14 + r.nextInt(200));
            for (int k = r.nextInt(6); k >= 0; k--) {
                f[r.nextInt(f.length)] = (byte) r.nextInt();
            }
            if (r.nextBoolean() && f.length >= 34) {
                f[23] = (byte) new int[] {1, 6, 17}[r.nextInt(3)];
                org.torito.packet.BigEndian.put16(f, 16, f.length - 14);
                org.torito.packet.BigEndian.put16(f, 24, 0);
                org.torito.packet.BigEndian.put16(f, 24, org.torito.packet.InternetChecksum.of(f, 14, 20));
            }
            p.stack.receive(f, 0, f.length);
            p.sent.clear();
        }
        assertTrue(p.stack.droppedFrames() > 0);
    }
}
