package org.torito.tcpip;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import org.torito.packet.ArpPacket;
import org.torito.packet.BigEndian;
import org.torito.packet.EthernetFrame;
import org.torito.packet.IcmpMessage;
import org.torito.packet.InternetChecksum;
import org.torito.packet.Ipv4Packet;
import org.torito.packet.TcpSegment;
import org.torito.packet.UdpDatagram;

/**
 * A hostile peer against the guest's TCP/IP stack on HotSpot: a sequence of frames (raw bytes,
 * or TCP segments whose SEQ/ACK track the connection so the handshake, data, FIN and timers are
 * reached, then have fields or bytes fuzzed), clock steps that fire timers, and application
 * calls. Invariants: receive, poll and the application calls throw nothing; every transmitted
 * frame parses (packet module) and comes from us; connections, half-open connections and UDP
 * queues stay within their limits; one input frame or one timer run sends a bounded number of
 * frames; after poll(now) the next deadline lies in the future (a network loop cannot spin).
 *
 * <p>The input is a little program read front to back ({@link FuzzInput}): an op byte (its value
 * mod 8 picks the op) and then that op's fields in the order the methods below read them. The
 * regression inputs in resources .../NetworkStackFuzzTestInputs (hand-written seeds reaching
 * ESTABLISHED, data, FIN, TIME-WAIT, the active open, retransmission and persist timers, plus
 * any findings) run with the normal tests; {@code scripts/fuzz stack N} fuzzes it.
 */
class NetworkStackFuzzTest {
    private static final long PEER_MAC = ScriptedPeer.PEER_MAC;
    private static final int PEER_IP = ScriptedPeer.PEER_IP;
    private static final int US = VirtualWire.IP_A;
    private static final int MAX_CONNECTIONS = 8;
    private static final int BACKLOG = 4;
    private static final int MAX_OPS = 64;
    /**
     * What one event may send: an ARP reply releases every frame held for it (made by earlier
     * events, so not amplification), and the event itself 256 more, far below what a per-byte
     * amplification (the tiny-MSS bug: 4,096 frames) sends.
     */
    private static final int MAX_FRAMES_PER_CALL = NetworkStack.MAX_FRAMES_AWAITING_ARP + 256;
    /** Slots of the peer: its port, and our port it talks to (slot 3 is our active open). */
    private static final int[] PEER_PORTS = {40000, 40001, 40002, 9000};
    private static final int[] OUR_PORTS = {80, 80, 81, 0};
    private static final int[] FLAG_PATTERNS = {
        TcpSegment.SYN, TcpSegment.ACK, TcpSegment.ACK | TcpSegment.PSH, TcpSegment.FIN | TcpSegment.ACK,
        TcpSegment.RST, TcpSegment.RST | TcpSegment.ACK, TcpSegment.SYN | TcpSegment.ACK, -1};

    private final FakeClock clock = new FakeClock();
    private final NetworkConfig config = VirtualWire.config(VirtualWire.MAC_A, US).receiveBuffer(4096)
            .sendBuffer(4096).maxConnections(MAX_CONNECTIONS);
    private final WellFormedFrame wellFormed = new WellFormedFrame(config);
    private final int[] peerNext = new int[4];
    private final int[] stackNext = new int[4];
    /** Our port of the active open (slot 3), learned from its SYN. */
    private int activePort;
    private final List<TcpConnection> connections = new ArrayList<>();
    private final byte[] scratch = new byte[8192];
    private int framesThisCall;
    private NetworkStack stack;
    private TcpListener echo;
    private TcpListener plain;
    private UdpSocket udp;

    @FuzzTest(maxDuration = "10m")
    void stackSurvivesAnyPeer(byte[] data) {
        FuzzInput in = new FuzzInput(data);
        // Jazzer may reuse this instance across executions: every run starts afresh.
        clock.now = 1_000_000_000L;
        for (int s = 0; s < 4; s++) {
            peerNext[s] = 1000 + 1_000_000 * s;
            stackNext[s] = 0;
        }
        activePort = 49152;
        connections.clear();
        stack = new NetworkStack(config, this::transmitted, clock);
        echo = stack.listen(80, BACKLOG, new EchoService());
        plain = stack.listen(81, BACKLOG);
        udp = stack.bindUdp(7);
        introducePeer();
        for (int op = 0; op < MAX_OPS && !in.exhausted(); op++) {
            framesThisCall = 0;
            switch (in.u8() % 8) {
                case 0 -> rawFrame(in);
                case 1, 2, 3 -> tcpSegment(in);
                case 4 -> advanceClock(in);
                case 5 -> application(in);
                case 6 -> otherProtocols(in);
                default -> ipHeader(in);
            }
            checkLimits();
        }
    }

    // ---- what the stack sends ----

    private boolean transmitted(byte[] f, int off, int len) {
        framesThisCall++;
        assertTrue(framesThisCall <= MAX_FRAMES_PER_CALL, () -> "more than " + MAX_FRAMES_PER_CALL + " frames for one event");
        if (wellFormed.check(f, off, len) && wellFormed.destination() == PEER_IP) {
            TcpSegment t = wellFormed.tcp;
            for (int s = 0; s < PEER_PORTS.length; s++) {
                if (t.destinationPort() != PEER_PORTS[s]) {
                    continue;
                }
                if (s == 3 && t.has(TcpSegment.SYN) && !t.has(TcpSegment.ACK)) {
                    activePort = t.sourcePort();
                }
                int next = t.sequence() + t.payloadLength() + (t.has(TcpSegment.SYN) ? 1 : 0)
                        + (t.has(TcpSegment.FIN) ? 1 : 0);
                if (t.has(TcpSegment.SYN) || next - stackNext[s] > 0) {
                    stackNext[s] = next;
                }
            }
        }
        return true;
    }

    private int ourPort(int slot) {
        return slot == 3 ? activePort : OUR_PORTS[slot];
    }

    private void checkLimits() {
        assertTrue(stack.connectionCount() <= MAX_CONNECTIONS, () -> stack.connectionCount() + " connections");
        assertTrue(echo.halfOpen() <= BACKLOG && plain.halfOpen() <= BACKLOG, "backlog exceeded");
        assertTrue(udp.pending() <= 16, () -> udp.pending() + " datagrams queued");
    }

    // ---- ops ----

    private void deliver(byte[] f, int len) {
        framesThisCall = 0;
        stack.receive(f, 0, len);
    }

    private void introducePeer() {
        byte[] f = new byte[42];
        EthernetFrame.write(f, 0, VirtualWire.MAC_A, PEER_MAC, EthernetFrame.TYPE_ARP);
        ArpPacket.write(f, 14, ArpPacket.REQUEST, PEER_MAC, PEER_IP, 0, US);
        deliver(f, f.length);
    }

    /** Any bytes, optionally behind a valid Ethernet header to us and with a fixed IPv4 checksum. */
    private void rawFrame(FuzzInput in) {
        int mode = in.u8();
        int len = in.u16() % 1600;
        in.bytes(scratch, 0, len);
        if ((mode & 1) != 0 && len >= 14) {
            EthernetFrame.write(scratch, 0, VirtualWire.MAC_A, PEER_MAC, EthernetFrame.TYPE_IPV4);
        }
        if ((mode & 2) != 0 && len >= 34) {
            fixIpChecksum(scratch, 14, Math.min(60, len - 14));
        }
        deliver(scratch, len);
    }

    /**
     * A TCP segment on one of the peer's flows. SEQ and ACK are exact (what the connection
     * expects), off by a small amount, or anything; then the frame may be corrupted or cut.
     */
    private void tcpSegment(FuzzInput in) {
        int slot = in.u8() % PEER_PORTS.length;
        int pattern = FLAG_PATTERNS[in.u8() % FLAG_PATTERNS.length];
        int flags = pattern >= 0 ? pattern : in.u8();
        int seq = pick(in, peerNext[slot]);
        boolean exactSeq = seq == peerNext[slot];
        int ack = pick(in, stackNext[slot]);
        int window = in.u16();
        int options = in.u8();
        int mss = (options & 1) != 0 ? in.u16() : -1;
        int scale = (options & 2) != 0 ? in.u8() % 16 : -1;
        int payload = in.u16() % 1461;
        int corrupt = in.u8();
        int hl = TcpSegment.headerLength(mss >= 0, scale >= 0);
        int l4 = 34;
        in.bytes(scratch, l4 + hl, payload);
        TcpSegment.write(scratch, l4, PEER_PORTS[slot], ourPort(slot), seq, ack, flags, window, mss, scale, payload,
                PEER_IP, US);
        Ipv4Packet.write(scratch, 14, hl + payload, 1, 64, Ipv4Packet.PROTOCOL_TCP, PEER_IP, US);
        EthernetFrame.write(scratch, 0, VirtualWire.MAC_A, PEER_MAC, EthernetFrame.TYPE_IPV4);
        int len = l4 + hl + payload;
        if (exactSeq && (flags & TcpSegment.RST) == 0) {
            peerNext[slot] += payload + ((flags & TcpSegment.SYN) != 0 ? 1 : 0) + ((flags & TcpSegment.FIN) != 0 ? 1 : 0);
        }
        len = corrupt(in, corrupt, len);
        deliver(scratch, len);
    }

    /** {@code exact} most of the time, else near it or anything. */
    private static int pick(FuzzInput in, int exact) {
        return switch (in.u8() % 4) {
            case 0, 1 -> exact;
            case 2 -> exact + (short) in.u16();
            default -> in.u32();
        };
    }

    /** 0: intact; 1: one byte changed; 2: cut short; 3: one byte changed, IP checksum fixed. */
    private int corrupt(FuzzInput in, int how, int len) {
        switch (how % 8) {
            case 1 -> scratch[in.u16() % len] ^= (byte) (in.u8() | 1);
            case 2 -> len = in.u16() % len;
            case 3 -> {
                scratch[14 + in.u16() % (len - 14)] ^= (byte) (in.u8() | 1);
                fixIpChecksum(scratch, 14, Math.min(60, len - 14));
            }
            default -> {
            }
        }
        return len;
    }

    private static void fixIpChecksum(byte[] f, int at, int room) {
        int ihl = (f[at] & 0x0F) * 4;
        if (ihl >= 20 && ihl <= room) {
            BigEndian.put16(f, at + 10, 0);
            BigEndian.put16(f, at + 10, InternetChecksum.of(f, at, ihl));
        }
    }

    /** Time passes and due timers fire; poll must leave no deadline in the past. */
    private void advanceClock(FuzzInput in) {
        int how = in.u8();
        long step = switch (how % 4) {
            case 0 -> 1_000_000L * in.u8();
            case 1 -> 100_000_000L * in.u8();
            case 2 -> Math.max(0, Math.min(stack.nextDeadline() - clock.now, 3_600_000_000_000L));
            default -> in.u32() & 0xFFFFFFFFL;
        };
        clock.now += step;
        for (int round = 0; stack.nextDeadline() - clock.now <= 0; round++) {
            assertTrue(round < 2, () -> "a deadline stays due after poll: " + stack.nextDeadline() + " <= " + clock.now);
            framesThisCall = 0;
            stack.poll(clock.now);
        }
    }

    /** What the guest's application may do meanwhile. */
    private void application(FuzzInput in) {
        int action = in.u8() % 9;
        int which = in.u8();
        TcpConnection c = connections.isEmpty() ? null : connections.get(which % connections.size());
        int n = in.u16();
        switch (action) {
            case 0 -> {
                if (c != null) {
                    int w = c.write(scratch, 0, n % scratch.length);
                    assertTrue(w >= -1 && w <= n % scratch.length, () -> "write returned " + w);
                }
            }
            case 1 -> {
                if (c != null) {
                    int r = c.read(scratch, 0, n % scratch.length);
                    assertTrue(r >= -1 && r <= n % scratch.length, () -> "read returned " + r);
                }
            }
            case 2 -> {
                if (c != null) {
                    c.close();
                }
            }
            case 3 -> {
                if (c != null) {
                    c.shutdownOutput();
                }
            }
            case 4 -> {
                if (c != null) {
                    c.abort();
                }
            }
            case 5 -> keep(plain.accept());
            case 6 -> {
                stackNext[3] = 0;
                peerNext[3] += 100_000;
                keep(stack.connect(PEER_IP, 9000));
            }
            case 7 -> udp.sendTo(PEER_IP, n, scratch, 0, in.u8() * 4);
            default -> {
                while (udp.receive(scratch, 0, n % 2000) >= 0 && udp.pending() > 0) {
                    // drain
                }
            }
        }
    }

    private void keep(TcpConnection c) {
        if (c != null) {
            if (connections.size() >= 64) {
                connections.remove(0);
            }
            connections.add(c);
        }
    }

    /** UDP, ping and ARP with fuzzed fields, valid checksums. */
    private void otherProtocols(FuzzInput in) {
        int kind = in.u8() % 4;
        int len;
        if (kind == 0) {
            int port = (in.u8() & 1) != 0 ? 7 : in.u16();
            int payload = in.u16() % 1473;
            in.bytes(scratch, 42, payload);
            int n = UdpDatagram.write(scratch, 34, in.u16(), port, payload, PEER_IP, US);
            len = ip(Ipv4Packet.PROTOCOL_UDP, n, (in.u8() & 1) != 0 ? -1 : US);
        } else if (kind == 1) {
            int payload = in.u16() % 1473;
            in.bytes(scratch, 42, payload);
            int n = IcmpMessage.writeEcho(scratch, 34, (in.u8() & 1) != 0 ? IcmpMessage.ECHO_REQUEST : in.u8(), in.u16(),
                    in.u16(), payload);
            len = ip(Ipv4Packet.PROTOCOL_ICMP, n, US);
        } else {
            long mac = (in.u8() & 1) != 0 ? PEER_MAC : (long) in.u32() << 16 | in.u16();
            int ip = (in.u8() & 1) != 0 ? PEER_IP : in.u32();
            EthernetFrame.write(scratch, 0, VirtualWire.MAC_A, mac & 0xFFFF_FFFF_FFFFL, EthernetFrame.TYPE_ARP);
            ArpPacket.write(scratch, 14, kind == 2 ? ArpPacket.REQUEST : in.u16(), mac & 0xFFFF_FFFF_FFFFL, ip, 0,
                    (in.u8() & 1) != 0 ? US : in.u32());
            len = 42;
        }
        len = corrupt(in, in.u8(), len);
        deliver(scratch, len);
    }

    private int ip(int protocol, int payload, int destination) {
        Ipv4Packet.write(scratch, 14, payload, 1, 64, protocol, PEER_IP, destination);
        EthernetFrame.write(scratch, 0, VirtualWire.MAC_A, PEER_MAC, EthernetFrame.TYPE_IPV4);
        return 34 + payload;
    }

    /** An IPv4 header with fuzzed version/IHL, length, fragment and protocol fields and a valid checksum. */
    private void ipHeader(FuzzInput in) {
        int len = 34 + in.u16() % 200;
        in.bytes(scratch, 14, len - 14);
        EthernetFrame.write(scratch, 0, VirtualWire.MAC_A, PEER_MAC, EthernetFrame.TYPE_IPV4);
        BigEndian.put32(scratch, 26, PEER_IP);
        BigEndian.put32(scratch, 30, US);
        fixIpChecksum(scratch, 14, len - 14);
        deliver(scratch, len);
    }

    /** The guest's echo service: greets, echoes what it reads, closes at EOF. */
    private final class EchoService implements TcpService {
        private final byte[] buffer = new byte[2048];

        @Override
        public void onAccept(TcpConnection connection) {
            keep(connection);
            connection.write(buffer, 0, 1500);
        }

        @Override
        public void onReceive(TcpConnection connection) {
            int n = connection.read(buffer, 0, buffer.length);
            if (n > 0) {
                connection.write(buffer, 0, n);
            } else if (n < 0) {
                connection.close();
            }
        }

        @Override
        public void onClose(TcpConnection connection) {
        }

        @Override
        public void onWritable(TcpConnection connection) {
            connection.write(buffer, 0, 700);
        }
    }
}
