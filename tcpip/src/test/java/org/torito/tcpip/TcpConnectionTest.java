package org.torito.tcpip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torito.tcpip.VirtualWire.DELIVER;
import static org.torito.tcpip.VirtualWire.DROP;
import static org.torito.tcpip.VirtualWire.HOLD;
import static org.torito.tcpip.VirtualWire.MS;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.torito.packet.EthernetFrame;
import org.torito.packet.Ipv4Packet;
import org.torito.packet.TcpSegment;

/** Two real stacks talking TCP over a VirtualWire. */
class TcpConnectionTest {
    static byte[] pattern(int n, int seed) {
        byte[] b = new byte[n];
        int x = seed;
        for (int i = 0; i < n; i++) {
            x = x * 1103515245 + 12345;
            b[i] = (byte) (x >>> 16);
        }
        return b;
    }

    /** A connected pair: [0] is A's client side, [1] is B's accepted side. */
    static TcpConnection[] connect(VirtualWire w, int port) {
        TcpListener l = w.b.listen(port, 8);
        TcpConnection client = w.a.connect(VirtualWire.IP_B, port);
        w.pump();
        TcpConnection server = l.accept();
        assertNotNull(server, "no connection accepted");
        assertEquals(TcpState.ESTABLISHED, client.state());
        assertEquals(TcpState.ESTABLISHED, server.state());
        return new TcpConnection[] {client, server};
    }

    /** Moves data both ways until all is written and read, or time runs out. */
    static void transfer(VirtualWire w, TcpConnection from, byte[] data, TcpConnection to, ByteArrayOutputStream sink) {
        int written = 0;
        byte[] buf = new byte[8192];
        for (int step = 0; step < 200_000 && sink.size() < data.length; step++) {
            if (written < data.length) {
                int n = from.write(data, written, Math.min(data.length - written, 16384));
                assertTrue(n >= 0);
                written += n;
            }
            w.pump();
            int n;
            while ((n = to.read(buf, 0, buf.length)) > 0) {
                sink.write(buf, 0, n);
            }
            w.pump();
            if (step % 8 == 7) {
                w.advance(50 * MS);
            }
        }
    }

    /** TCP payloads in frames of one direction. */
    static int dataSegments(java.util.List<byte[]> log) {
        int n = 0;
        for (byte[] f : log) {
            if (payloadLength(f) > 0) {
                n++;
            }
        }
        return n;
    }

    static int payloadLength(byte[] frame) {
        Ipv4Packet ip = new Ipv4Packet();
        TcpSegment t = new TcpSegment();
        EthernetFrame e = new EthernetFrame();
        if (!e.parse(frame, 0, frame.length) || e.etherType() != EthernetFrame.TYPE_IPV4
                || !ip.parse(frame, 14, frame.length - 14) || ip.protocol() != 6
                || !t.parse(frame, ip.payloadOffset(), ip.payloadLength(), ip.source(), ip.destination())) {
            return -1;
        }
        return t.payloadLength();
    }

    /**
     * A server that closes first leaves TIME-WAITs behind; once they fill its table, the oldest
     * makes room for the next connection instead of the SYN being dropped.
     */
    @Test
    void aFullTableRecyclesTheOldestTimeWaitForANewConnection() {
        VirtualWire w = new VirtualWire(VirtualWire.config(VirtualWire.MAC_A, VirtualWire.IP_A),
                VirtualWire.config(VirtualWire.MAC_B, VirtualWire.IP_B).maxConnections(2));
        TcpListener l = w.b.listen(80, 2);
        TcpConnection[] served = new TcpConnection[3];
        for (int i = 0; i < 3; i++) {
            TcpConnection client = w.a.connect(VirtualWire.IP_B, 80);
            w.pump();
            served[i] = l.accept();
            assertNotNull(served[i], "connection " + i + " was not accepted");
            served[i].close();
            w.pump();
            client.close();
            w.pump();
            assertEquals(TcpState.TIME_WAIT, served[i].state(), "connection " + i);
        }
        assertEquals(TcpState.CLOSED, served[0].state(), "the oldest TIME-WAIT made room");
        assertEquals(TcpState.TIME_WAIT, served[1].state());
        assertEquals(2, w.b.connectionCount());
    }

    /**
     * A client that reuses its port while the server still holds the old connection in
     * TIME-WAIT gets the new connection at once: its SYN lies beyond the old one's sequence
     * space (RFC 9293 3.6.1), so it is no duplicate. Before, it got an ACK and resent the SYN a
     * second later, which wrk saw as one-second requests and timeouts.
     */
    @Test
    void aNewSynBeyondTheOldSequenceReopensAPortInTimeWait() throws ReflectiveOperationException {
        VirtualWire w = new VirtualWire();
        TcpConnection[] c = connect(w, 80);
        int port = c[0].localPort();
        c[1].write(new byte[] {1, 2, 3}, 0, 3);
        c[1].close();
        w.pump();
        c[0].close();
        w.pump();
        assertEquals(TcpState.TIME_WAIT, c[1].state(), "the server closed first");
        assertEquals(TcpState.CLOSED, c[0].state());
        w.advance(10 * MS); // the clock part of the next ISN moves on (RFC 6528)
        java.lang.reflect.Field next = NetworkStack.class.getDeclaredField("nextEphemeral");
        next.setAccessible(true);
        next.setInt(w.a, port);
        TcpConnection again = w.a.connect(VirtualWire.IP_B, 80);
        assertEquals(port, again.localPort());
        w.pump();
        assertEquals(TcpState.ESTABLISHED, again.state(), "the SYN reopened the port without a retransmission");
        assertEquals(TcpState.CLOSED, c[1].state(), "the TIME-WAIT ended");
    }

    @Test
    void oneMebibyteBothWays() {
        VirtualWire w = new VirtualWire();
        TcpConnection[] c = connect(w, 80);
        byte[] up = pattern(1 << 20, 1);
        byte[] down = pattern(1 << 20, 2);
        ByteArrayOutputStream atB = new ByteArrayOutputStream();
        ByteArrayOutputStream atA = new ByteArrayOutputStream();
        int upWritten = 0;
        int downWritten = 0;
        byte[] buf = new byte[8192];
        for (int step = 0; step < 100_000 && (atB.size() < up.length || atA.size() < down.length); step++) {
            upWritten += c[0].write(up, upWritten, Math.min(up.length - upWritten, 20000));
            downWritten += c[1].write(down, downWritten, Math.min(down.length - downWritten, 20000));
            w.pump();
            int n;
            while ((n = c[1].read(buf, 0, buf.length)) > 0) {
                atB.write(buf, 0, n);
            }
            while ((n = c[0].read(buf, 0, buf.length)) > 0) {
                atA.write(buf, 0, n);
            }
            w.pump();
        }
        assertArrayEquals(up, atB.toByteArray());
        assertArrayEquals(down, atA.toByteArray());
        assertEquals(0, c[0].unacknowledged());
    }

    @Test
    void gracefulCloseThenTimeWaitExpires() {
        VirtualWire w = new VirtualWire(VirtualWire.config(VirtualWire.MAC_A, VirtualWire.IP_A).mslNanos(1000 * MS),
                VirtualWire.config(VirtualWire.MAC_B, VirtualWire.IP_B));
        TcpConnection[] c = connect(w, 80);
        c[0].write(new byte[] {1, 2, 3}, 0, 3);
        c[0].close();
        w.pump();
        assertEquals(TcpState.FIN_WAIT_2, c[0].state());
        assertEquals(TcpState.CLOSE_WAIT, c[1].state());
        byte[] buf = new byte[10];
        assertEquals(3, c[1].read(buf, 0, 10));
        assertEquals(-1, c[1].read(buf, 0, 10), "EOF after the peer's FIN");
        assertEquals(3, c[1].write(new byte[] {9, 9, 9}, 0, 3), "half-close: the other side still sends");
        c[1].close();
        w.pump();
        assertEquals(TcpState.TIME_WAIT, c[0].state());
        assertEquals(TcpState.CLOSED, c[1].state());
        assertEquals(0, w.b.connectionCount());
        assertEquals(1, w.a.connectionCount());
        w.advance(1999 * MS);
        assertEquals(TcpState.TIME_WAIT, c[0].state(), "TIME-WAIT lasts 2 MSL");
        w.advance(2 * MS);
        assertEquals(TcpState.CLOSED, c[0].state());
        assertEquals(0, w.a.connectionCount());
        assertFalse(c[0].isReset());
    }

    @Test
    void ringsGoToTheNextConnectionOnceTimeWaitHoldsNoByte() {
        VirtualWire w = new VirtualWire();
        TcpConnection[] c = connect(w, 80);
        SendBuffer send = c[0].sendBuffer;
        ReceiveBuffer receive = c[0].receiveBuffer;
        c[0].write(new byte[] {1, 2, 3}, 0, 3);
        c[0].close();
        w.pump();
        c[1].close();
        w.pump();
        assertEquals(TcpState.TIME_WAIT, c[0].state());
        assertSame(SendBuffer.NONE, c[0].sendBuffer, "TIME-WAIT gave its rings back");
        assertEquals(-1, c[0].read(new byte[4], 0, 4));
        TcpConnection next = w.a.connect(VirtualWire.IP_B, 80);
        assertSame(send, next.sendBuffer, "the next connection reuses them");
        assertSame(receive, next.receiveBuffer);
        w.pump();
        assertEquals(TcpState.ESTABLISHED, next.state());
        // The reused rings start empty and carry a whole transfer intact.
        TcpConnection[] d = connect(w, 82);
        d[0].close();
        d[1].close();
        w.pump();
        TcpConnection[] e = connect(w, 83);
        byte[] data = pattern(300_000, 7);
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        transfer(w, e[0], data, e[1], got);
        assertArrayEquals(data, got.toByteArray());
    }

    @Test
    void simultaneousCloseGoesThroughClosing() {
        VirtualWire w = new VirtualWire();
        TcpConnection[] c = connect(w, 80);
        c[0].close();
        c[1].close();
        assertEquals(TcpState.FIN_WAIT_1, c[0].state());
        assertEquals(TcpState.FIN_WAIT_1, c[1].state());
        // Deliver both FINs before either ACK: each side sees the other's FIN first.
        java.util.List<byte[]> finsToB = new java.util.ArrayList<>(w.toB.queue);
        java.util.List<byte[]> finsToA = new java.util.ArrayList<>(w.toA.queue);
        w.toB.queue.clear();
        w.toA.queue.clear();
        for (byte[] f : finsToB) {
            w.b.receive(f, 0, f.length);
        }
        for (byte[] f : finsToA) {
            w.a.receive(f, 0, f.length);
        }
        assertEquals(TcpState.CLOSING, c[0].state());
        assertEquals(TcpState.CLOSING, c[1].state());
        w.pump();
        assertEquals(TcpState.TIME_WAIT, c[0].state());
        assertEquals(TcpState.TIME_WAIT, c[1].state());
        w.advance(4001 * MS);
        assertEquals(0, w.a.connectionCount());
        assertEquals(0, w.b.connectionCount());
    }

    @Test
    void connectToClosedPortIsReset() {
        VirtualWire w = new VirtualWire();
        TcpConnection c = w.a.connect(VirtualWire.IP_B, 81);
        w.pump();
        assertEquals(TcpState.CLOSED, c.state());
        assertTrue(c.isReset());
        assertEquals(-1, c.read(new byte[1], 0, 1));
        assertEquals(-1, c.write(new byte[1], 0, 1));
    }

    @Test
    void lostLastSegmentIsRetransmittedAfterRto() {
        VirtualWire w = new VirtualWire();
        TcpConnection[] c = connect(w, 80);
        int start = w.toB.count;
        w.toB.filter = (i, f) -> i == start ? DROP : DELIVER;
        c[0].write("hello".getBytes(), 0, 5);
        w.pump();
        assertEquals(0, c[1].available());
        w.advance(150 * MS);
        assertEquals(0, c[1].available(), "not before the 200 ms minimum RTO");
        w.advance(100 * MS);
        assertEquals(5, c[1].available());
        assertEquals(2, dataSegments(w.toB.log), "sent once, retransmitted once");
    }

    @Test
    void droppedSegmentInABulkTransferIsRecovered() {
        VirtualWire w = new VirtualWire();
        TcpConnection[] c = connect(w, 80);
        int start = w.toB.count;
        int[] dropped = {0};
        w.toB.filter = (i, f) -> {
            if (i == start + 5 || i == start + 40) {
                dropped[0]++;
                return DROP;
            }
            return DELIVER;
        };
        byte[] data = pattern(300_000, 3);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        transfer(w, c[0], data, c[1], sink);
        assertEquals(2, dropped[0]);
        assertArrayEquals(data, sink.toByteArray());
        assertTrue(dataSegments(w.toB.log) > 300_000 / 1460 + 1, "something was sent twice");
    }

    @Test
    void outOfOrderSegmentsAreReassembled() {
        VirtualWire w = new VirtualWire();
        TcpConnection[] c = connect(w, 80);
        int start = w.toB.count;
        w.toB.filter = (i, f) -> i == start || i == start + 2 ? HOLD : DELIVER;
        byte[] data = pattern(5 * 1460, 4);
        assertEquals(data.length, c[0].write(data, 0, data.length));
        w.pump();
        assertEquals(0, c[1].available(), "first segment is missing");
        int acksBefore = w.toA.log.size();
        assertTrue(acksBefore >= 3, "out-of-order segments are ACKed at once");
        w.toB.releaseHeld();
        w.pump();
        assertEquals(data.length, c[1].available());
        byte[] got = new byte[data.length];
        assertEquals(data.length, c[1].read(got, 0, got.length));
        assertArrayEquals(data, got);
        assertEquals(5, dataSegments(w.toB.log), "nothing retransmitted: the reassembly kept it all");
    }

    @Test
    void windowScalingPutsMoreThan64KibInFlight() {
        VirtualWire w = new VirtualWire(
                VirtualWire.config(VirtualWire.MAC_A, VirtualWire.IP_A).sendBuffer(512 * 1024),
                VirtualWire.config(VirtualWire.MAC_B, VirtualWire.IP_B).receiveBuffer(256 * 1024));
        TcpConnection[] c = connect(w, 80);
        // A segment from B after the handshake carries its scaled window (SYNs never scale).
        c[1].write(new byte[1], 0, 1);
        w.pump();
        assertEquals(1, c[0].read(new byte[1], 0, 1));
        w.toA.filter = (i, f) -> DROP; // no ACK comes back: everything sent is in flight
        byte[] data = pattern(400_000, 5);
        assertEquals(data.length, c[0].write(data, 0, data.length));
        w.pump();
        int inFlight = 0;
        for (int i = w.toB.log.size() - 1; i >= 0 && payloadLength(w.toB.log.get(i)) > 0; i--) {
            inFlight += payloadLength(w.toB.log.get(i));
        }
        // All of the scaled window but a sub-MSS tail (sender silly-window avoidance).
        assertTrue(inFlight > 256 * 1024 - 1460 && inFlight <= 256 * 1024, "in flight: " + inFlight);
        assertEquals(inFlight, c[1].available());
        w.toA.filter = (i, f) -> DELIVER;
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        int n;
        for (int step = 0; step < 1000 && sink.size() < data.length; step++) {
            while ((n = c[1].read(buf, 0, buf.length)) > 0) {
                sink.write(buf, 0, n);
            }
            w.advance(100 * MS);
        }
        assertArrayEquals(data, sink.toByteArray());
    }

    @Test
    void zeroWindowIsProbedUntilItOpens() {
        VirtualWire w = new VirtualWire(VirtualWire.config(VirtualWire.MAC_A, VirtualWire.IP_A),
                VirtualWire.config(VirtualWire.MAC_B, VirtualWire.IP_B).receiveBuffer(16 * 1024));
        TcpConnection[] c = connect(w, 80);
        byte[] data = pattern(64 * 1024, 6);
        assertEquals(data.length, c[0].write(data, 0, data.length));
        w.pump();
        w.advance(100 * MS);
        w.advance(100 * MS);
        assertEquals(16 * 1024, c[1].available());
        assertEquals(48 * 1024, c[0].unacknowledged(), "B acknowledged 16 KiB into its buffer; 48 KiB wait");
        int framesBefore = w.toB.log.size();
        for (int i = 0; i < 20; i++) {
            w.advance(500 * MS);
        }
        int probes = 0;
        for (int i = framesBefore; i < w.toB.log.size(); i++) {
            if (payloadLength(w.toB.log.get(i)) == 1) {
                probes++;
            }
        }
        assertTrue(probes >= 3, "persist timer sent " + probes + " probes");
        assertEquals(TcpState.ESTABLISHED, c[0].state(), "a zero window never times the connection out");
        // The reader drains, but its window update is lost: only a probe can discover the window.
        int lost = w.toA.count;
        w.toA.filter = (i, f) -> i == lost ? DROP : DELIVER;
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        for (int step = 0; step < 2000 && sink.size() < data.length; step++) {
            int n;
            while ((n = c[1].read(buf, 0, buf.length)) > 0) {
                sink.write(buf, 0, n);
            }
            w.advance(100 * MS);
        }
        assertArrayEquals(data, sink.toByteArray());
    }

    @Test
    void serviceCallbacksEchoAndSeeTheClose() {
        VirtualWire w = new VirtualWire();
        StringBuilder events = new StringBuilder();
        w.b.listen(7, 4, new TcpService() {
            @Override
            public void onAccept(TcpConnection connection) {
                events.append("accept;");
            }

            @Override
            public void onReceive(TcpConnection connection) {
                byte[] buf = new byte[100];
                int n = connection.read(buf, 0, buf.length);
                if (n < 0) {
                    events.append("eof;");
                    connection.close();
                } else {
                    connection.write(buf, 0, n);
                }
            }

            @Override
            public void onClose(TcpConnection connection) {
                events.append("close;");
            }
        });
        TcpConnection client = w.a.connect(VirtualWire.IP_B, 7);
        w.pump();
        client.write("ping".getBytes(), 0, 4);
        w.pump();
        byte[] buf = new byte[10];
        assertEquals(4, client.read(buf, 0, 10));
        assertEquals("ping", new String(buf, 0, 4));
        client.close();
        w.pump();
        assertEquals("accept;eof;close;", events.toString());
        assertEquals(TcpState.TIME_WAIT, client.state());
    }

    @Test
    void delayedAckWaitsForASecondSegmentOrTheTimer() {
        VirtualWire w = new VirtualWire();
        TcpConnection[] c = connect(w, 80);
        int acks = w.toA.log.size();
        c[0].write(new byte[100], 0, 100);
        w.pump();
        assertEquals(acks, w.toA.log.size(), "one small segment: the ACK is delayed");
        w.advance(39 * MS);
        assertEquals(acks, w.toA.log.size());
        w.advance(2 * MS);
        assertEquals(acks + 1, w.toA.log.size(), "delayed ACK fired after 40 ms");
        c[0].write(new byte[100], 0, 100);
        w.pump();
        c[0].write(new byte[100], 0, 100);
        w.pump();
        assertEquals(acks + 2, w.toA.log.size(), "every second segment is ACKed at once");
    }

    @Test
    void arpResolvesTheNextHopBeforeTheSyn() {
        VirtualWire w = new VirtualWire();
        w.b.listen(80, 2);
        w.a.connect(VirtualWire.IP_B, 80);
        w.pump();
        EthernetFrame e = new EthernetFrame();
        byte[] first = w.toB.log.get(0);
        assertTrue(e.parse(first, 0, first.length));
        assertEquals(EthernetFrame.TYPE_ARP, e.etherType());
        assertEquals(org.torito.packet.MacAddress.BROADCAST, e.destination());
        byte[] reply = w.toA.log.get(0);
        assertTrue(e.parse(reply, 0, reply.length));
        assertEquals(EthernetFrame.TYPE_ARP, e.etherType(), "B answers the ARP request first");
        byte[] syn = w.toB.log.get(1);
        assertTrue(e.parse(syn, 0, syn.length));
        assertEquals(VirtualWire.MAC_B, e.destination(), "the held SYN leaves with the learned MAC");
        assertEquals(1, w.a.connectionCount());
    }

    @Test
    void udpEchoBetweenTwoStacks() {
        VirtualWire w = new VirtualWire();
        UdpSocket server = w.b.bindUdp(7);
        UdpSocket client = w.a.bindUdp(40000);
        assertTrue(client.sendTo(VirtualWire.IP_B, 7, "marco".getBytes(), 0, 5));
        w.pump();
        byte[] b = new byte[100];
        int n = server.receive(b, 0, b.length);
        assertEquals(5, n);
        assertTrue(server.sendTo(server.lastSource(), server.lastSourcePort(), b, 0, n));
        w.pump();
        assertEquals(5, client.receive(b, 0, b.length));
        assertEquals("marco", new String(b, 0, 5));
        assertEquals(VirtualWire.IP_B, client.lastSource());
    }

    @Test
    void acceptReturnsNullWhenNothingIsWaiting() {
        VirtualWire w = new VirtualWire();
        TcpListener l = w.b.listen(80, 2);
        assertNull(l.accept());
    }
}
