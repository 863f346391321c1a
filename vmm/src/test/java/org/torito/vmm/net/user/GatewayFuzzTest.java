package org.torito.vmm.net.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.torito.packet.ArpPacket;
import org.torito.packet.BigEndian;
import org.torito.packet.DhcpMessage;
import org.torito.packet.EthernetFrame;
import org.torito.packet.IcmpMessage;
import org.torito.packet.InternetChecksum;
import org.torito.packet.Ipv4Packet;
import org.torito.packet.TcpSegment;
import org.torito.packet.UdpDatagram;
import org.torito.packet.MacAddress;
import org.torito.tcpip.FuzzInput;
import org.torito.tcpip.NetworkConfig;
import org.torito.tcpip.NetworkStack;
import org.torito.tcpip.TcpConnection;
import org.torito.tcpip.TcpListener;
import org.torito.tcpip.TcpService;

/**
 * A hostile guest against the user-mode backend's frame path: {@link Gateway#fromGuest} (what
 * UserNetwork's network thread runs for every frame the guest sends, on any queue number) fed
 * sequences of frames (raw bytes; TCP segments that track the gateway's forwarded connections
 * so handshake, data, FIN and timers are reached, then are fuzzed; guest-initiated segments;
 * DHCP, UDP, ARP, ping), fake-clock steps that fire the gateway's timers, host-side relay
 * calls, and a guest whose receive queues fill up. Host I/O is replaced by what the harness
 * records, so nothing binds or connects. Port {@link #OUTBOUND_PORT} has an outbound rule's
 * listener, as UserNetwork sets one up, and the guest-initiated flow goes there.
 *
 * <p>Invariants: nothing throws; the gateway's stack holds only connections the host side
 * opened or the outbound listener took (a guest can make the backend hold no other) and at
 * most its limit; frames of a flow the guest opened to the outbound port go to the queue its
 * last SYN came on; UDP
 * reaches the host side only for datagrams the guest addressed to the gateway; every frame to
 * the guest parses and goes to a real queue; the per-queue backlog stays bounded; one event
 * sends a bounded number of frames; after a poll no timer is left due.
 *
 * <p>The input is read front to back ({@link FuzzInput}): an op byte (mod 8) and that op's
 * fields in the order the methods read them. Regression inputs: resources
 * .../GatewayFuzzTestInputs; {@code scripts/fuzz gateway N} fuzzes it.
 */
class GatewayFuzzTest {
    private static final int QUEUES = 2;
    private static final int MAX_CONNECTIONS = 8;
    private static final int BACKLOG_FRAMES = 64;
    private static final int MTU = 1500;
    private static final int MAX_OPS = 64;
    /**
     * What one event may send: an ARP reply releases every frame held for it (made by earlier
     * events, so not amplification), a backlog retry every held frame, and the event itself a
     * bounded number more; 256 on top is far below what a per-byte amplification (the tiny-MSS
     * bug: 4,096 frames) sends.
     */
    private static final int MAX_FRAMES_PER_CALL = NetworkStack.MAX_FRAMES_AWAITING_ARP + QUEUES * BACKLOG_FRAMES + 256;
    private static final long GUEST_MAC = UserNetwork.GUEST_MAC;
    private static final int GUEST_IP = UserNetwork.GUEST_IP;
    private static final int GATEWAY_IP = UserNetwork.GATEWAY_IP;
    /** Guest ports of the forwarded flows (slots 0, 1) and of a guest-initiated flow (slot 2). */
    private static final int[] GUEST_PORTS = {80, 8080, 50000};
    /** The gateway port with an outbound rule's listener. */
    private static final int OUTBOUND_PORT = 5432;
    private static final int[] FLAG_PATTERNS = {
        TcpSegment.SYN | TcpSegment.ACK, TcpSegment.ACK, TcpSegment.ACK | TcpSegment.PSH,
        TcpSegment.FIN | TcpSegment.ACK, TcpSegment.RST, TcpSegment.SYN, TcpSegment.RST | TcpSegment.ACK, -1};

    private final long[] now = {1_000_000_000L};
    private final GuestBoundFrame wellFormed = new GuestBoundFrame(MTU);
    private final byte[] scratch = new byte[4096];
    private final int[] guestNext = new int[3];
    private final int[] gatewayNext = new int[3];
    private final int[] gatewayPorts = new int[3];
    private final List<TcpConnection> relays = new ArrayList<>();
    private Gateway gateway;
    private boolean guestFull;
    private int opened;
    /** Connections the outbound listener accepted. */
    private int accepted;
    private TcpListener outbound;
    /** The queue each guest port's last SYN to the outbound port came on, as the gateway should learn it. */
    private final Map<Integer, Integer> synQueues = new HashMap<>();
    /** The flow (gateway port << 16 | guest port) of the frame being handed to the gateway, or -1. */
    private int sendingFlow = -1;
    /**
     * Whether held-back frames are being retried: they were steered when first sent, and the
     * flow's queue may have moved since (a later SYN on another queue), so only frames steered
     * now are checked against it.
     */
    private boolean retrying;
    private int framesThisCall;
    private int udpToHost;
    /** The frame being handed to the gateway, so the UDP sink can check what it was given. */
    private int currentLength;

    @FuzzTest(maxDuration = "10m")
    void backendSurvivesAnyGuest(byte[] data) {
        FuzzInput in = new FuzzInput(data);
        // Jazzer may reuse this instance across executions: every run starts afresh.
        now[0] = 1_000_000_000L;
        for (int s = 0; s < 3; s++) {
            guestNext[s] = 7000 + 1_000_000 * s;
            gatewayNext[s] = 0;
            gatewayPorts[s] = 0;
        }
        gatewayPorts[2] = OUTBOUND_PORT;
        relays.clear();
        synQueues.clear();
        accepted = 0;
        guestFull = false;
        opened = 0;
        udpToHost = 0;
        // The configuration UserNetwork uses, with a small table and buffers.
        NetworkConfig config = new NetworkConfig(UserNetwork.GATEWAY_MAC, GATEWAY_IP, UserNetwork.NETMASK, GATEWAY_IP)
                .mtu(MTU).maxConnections(MAX_CONNECTIONS).mslNanos(250_000_000L).receiveBuffer(4096)
                .sendBuffer(4096).isnSecret(0x1234);
        gateway = new Gateway(QUEUES, this::toGuest, () -> now[0], config, GUEST_IP, BACKLOG_FRAMES);
        gateway.udpSink(this::udpToHost);
        gateway.learnsQueuesFor(OUTBOUND_PORT);
        outbound = gateway.stack.listen(OUTBOUND_PORT, 8, new OutboundAcceptor());
        // The guest ARPs for its gateway first, so the gateway knows its MAC (as after boot).
        byte[] arp = GatewayTest.arpRequest();
        gateway.fromGuest(0, arp, 0, arp.length);
        for (int op = 0; op < MAX_OPS && !in.exhausted(); op++) {
            framesThisCall = 0;
            switch (in.u8() % 8) {
                case 0 -> rawFrame(in);
                case 1, 2 -> tcpSegment(in);
                case 3 -> advanceClock(in);
                case 4 -> hostSide(in);
                case 5 -> udpOrDhcp(in);
                case 6 -> arpOrPing(in);
                default -> {
                    guestFull = (in.u8() & 1) != 0;
                    retryBacklog();
                }
            }
            assertTrue(gateway.stack.connectionCount() <= opened + accepted + outbound.halfOpen(), () ->
                    gateway.stack.connectionCount() + " gateway connections, but the host side opened " + opened
                            + " and the outbound listener took " + accepted + " and holds " + outbound.halfOpen());
            assertTrue(gateway.stack.connectionCount() <= MAX_CONNECTIONS, "connection limit exceeded");
            assertTrue(gateway.backlog().frames() <= QUEUES * BACKLOG_FRAMES, () ->
                    gateway.backlog().frames() + " frames held back");
        }
    }

    // ---- the device side and the host side, as the harness sees them ----

    private boolean toGuest(int queue, byte[] f, int off, int len, boolean checksumPartial) {
        framesThisCall++;
        assertTrue(framesThisCall <= MAX_FRAMES_PER_CALL, () -> "more than " + MAX_FRAMES_PER_CALL + " frames for one event");
        assertTrue(queue >= 0 && queue < QUEUES, () -> "frame steered to queue " + queue);
        if (guestFull) {
            return false;
        }
        if (wellFormed.check(f, off, len)) {
            TcpSegment t = wellFormed.tcp;
            int flow = t.sourcePort() << 16 | t.destinationPort();
            Integer learnt = synQueues.get(t.destinationPort());
            if (t.sourcePort() == OUTBOUND_PORT && learnt != null && flow != sendingFlow && !retrying) {
                assertEquals(learnt.intValue(), queue, "a frame of a flow the guest opened left on another queue");
            }
            for (int s = 0; s < 2; s++) {
                if (t.destinationPort() != GUEST_PORTS[s]) {
                    continue;
                }
                if (t.has(TcpSegment.SYN) && !t.has(TcpSegment.ACK)) {
                    gatewayPorts[s] = t.sourcePort(); // a new forwarded connection's SYN
                }
                int next = t.sequence() + t.payloadLength() + (t.has(TcpSegment.SYN) ? 1 : 0)
                        + (t.has(TcpSegment.FIN) ? 1 : 0);
                if (t.has(TcpSegment.SYN) || next - gatewayNext[s] > 0) {
                    gatewayNext[s] = next;
                }
            }
        }
        return true;
    }

    private void udpToHost(int gatewayPort, int guestPort, byte[] b, int off, int len) {
        udpToHost++;
        Ipv4Packet ip = new Ipv4Packet();
        UdpDatagram udp = new UdpDatagram();
        assertTrue(ip.parse(scratch, 14, currentLength - 14) && ip.destination() == GATEWAY_IP
                && ip.protocol() == Ipv4Packet.PROTOCOL_UDP, "UDP to the host from a frame not sent to the gateway");
        assertTrue(udp.parse(scratch, ip.payloadOffset(), ip.payloadLength(), ip.source(), ip.destination())
                && udp.destinationPort() == gatewayPort && udp.sourcePort() == guestPort, "ports changed on the way");
        assertTrue(b == scratch && off == udp.payloadOffset() && len == udp.payloadLength(), "payload not the datagram's");
    }

    /** One frame from the guest on a queue number that is usually valid. */
    private void send(FuzzInput in, int len) {
        int queue = in.u8() % 4 - 1;
        currentLength = len;
        framesThisCall = 0;
        sendingFlow = -1;
        Ipv4Packet ip = new Ipv4Packet();
        if (len >= 14 && BigEndian.u16(scratch, 12) == EthernetFrame.TYPE_IPV4 && ip.parse(scratch, 14, len - 14)
                && !ip.isFragment() && ip.protocol() == Ipv4Packet.PROTOCOL_TCP && ip.payloadLength() >= 4) {
            int guestPort = BigEndian.u16(scratch, ip.payloadOffset());
            int gatewayPort = BigEndian.u16(scratch, ip.payloadOffset() + 2);
            sendingFlow = gatewayPort << 16 | guestPort;
            // What the gateway learns from this frame (Gateway.fromGuest), mirrored.
            if (queue >= 0 && queue < QUEUES && gatewayPort == OUTBOUND_PORT && ip.destination() == GATEWAY_IP
                    && ip.payloadLength() >= 14
                    && (scratch[ip.payloadOffset() + 13] & (TcpSegment.SYN | TcpSegment.ACK)) == TcpSegment.SYN) {
                synQueues.put(guestPort, queue);
            }
        }
        gateway.fromGuest(queue, scratch, 0, len);
        sendingFlow = -1;
    }

    // ---- ops ----

    private void rawFrame(FuzzInput in) {
        int mode = in.u8();
        int len = in.u16() % 1600;
        in.bytes(scratch, 0, len);
        if ((mode & 1) != 0 && len >= 14) {
            EthernetFrame.write(scratch, 0, UserNetwork.GATEWAY_MAC, GUEST_MAC, EthernetFrame.TYPE_IPV4);
        }
        if ((mode & 2) != 0 && len >= 34) {
            fixIpChecksum(scratch, 14, Math.min(60, len - 14));
        }
        send(in, len);
    }

    /** A guest TCP segment on a forwarded flow (SEQ/ACK tracked) or a guest-initiated one. */
    private void tcpSegment(FuzzInput in) {
        int slot = in.u8() % 3;
        int pattern = FLAG_PATTERNS[in.u8() % FLAG_PATTERNS.length];
        int flags = pattern >= 0 ? pattern : in.u8();
        int seq = pick(in, guestNext[slot]);
        boolean exactSeq = seq == guestNext[slot];
        int ack = pick(in, gatewayNext[slot]);
        int window = in.u16();
        int options = in.u8();
        int mss = (options & 1) != 0 ? in.u16() : -1;
        int scale = (options & 2) != 0 ? in.u8() % 16 : -1;
        int gatewayPort = slot == 2 && (options & 4) != 0 ? in.u16() : gatewayPorts[slot];
        int payload = in.u16() % 1461;
        int corrupt = in.u8();
        int hl = TcpSegment.headerLength(mss >= 0, scale >= 0);
        in.bytes(scratch, 34 + hl, payload);
        TcpSegment.write(scratch, 34, GUEST_PORTS[slot], gatewayPort, seq, ack, flags, window, mss, scale, payload,
                GUEST_IP, GATEWAY_IP);
        int len = ip(Ipv4Packet.PROTOCOL_TCP, hl + payload, GATEWAY_IP);
        if (exactSeq && (flags & TcpSegment.RST) == 0) {
            guestNext[slot] += payload + ((flags & TcpSegment.SYN) != 0 ? 1 : 0) + ((flags & TcpSegment.FIN) != 0 ? 1 : 0);
        }
        len = corrupt(in, corrupt, len);
        send(in, len);
    }

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

    private int ip(int protocol, int payload, int destination) {
        Ipv4Packet.write(scratch, 14, payload, 1, 64, protocol, GUEST_IP, destination);
        EthernetFrame.write(scratch, 0, UserNetwork.GATEWAY_MAC, GUEST_MAC, EthernetFrame.TYPE_IPV4);
        return 34 + payload;
    }

    /** Time passes; the network thread polls the gateway's stack and retries held frames. */
    private void advanceClock(FuzzInput in) {
        long step = switch (in.u8() % 4) {
            case 0 -> 1_000_000L * in.u8();
            case 1 -> 100_000_000L * in.u8();
            case 2 -> Math.max(0, Math.min(gateway.stack.nextDeadline() - now[0], 3_600_000_000_000L));
            default -> in.u32() & 0xFFFFFFFFL;
        };
        now[0] += step;
        for (int round = 0; gateway.stack.nextDeadline() - now[0] <= 0; round++) {
            assertTrue(round < 2, "a deadline stays due after poll");
            framesThisCall = 0;
            gateway.stack.poll(now[0]);
        }
        framesThisCall = 0;
        retryBacklog();
    }

    private void retryBacklog() {
        retrying = true;
        try {
            gateway.retryBacklog();
        } finally {
            retrying = false;
        }
    }

    /** What TcpRelay does for a host connection: open a forwarded flow, write, read, close. */
    private void hostSide(FuzzInput in) {
        int action = in.u8() % 6;
        int which = in.u8();
        int n = in.u16() % scratch.length;
        TcpConnection c = relays.isEmpty() ? null : relays.get(which % relays.size());
        switch (action) {
            case 0 -> {
                int slot = which % 2;
                TcpConnection opening = gateway.stack.connect(GUEST_IP, GUEST_PORTS[slot]);
                if (opening != null) {
                    opened++;
                    opening.setService(new Relay());
                    guestNext[slot] += 1_000_000;
                    if (relays.size() >= 32) {
                        relays.remove(0);
                    }
                    relays.add(opening);
                }
            }
            case 1 -> {
                if (c != null) {
                    c.write(scratch, 0, n);
                }
            }
            case 2 -> {
                if (c != null) {
                    c.read(scratch, 0, n);
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
            default -> {
                if (c != null) {
                    c.close();
                }
            }
        }
    }

    /** DHCP with fuzzed type, addresses and flags, or a UDP datagram to the gateway or elsewhere. */
    private void udpOrDhcp(FuzzInput in) {
        int kind = in.u8();
        int len;
        if ((kind & 1) == 0) {
            int d = 34 + UdpDatagram.HEADER_LENGTH;
            int p = d + DhcpMessage.writeHeader(scratch, d, (kind & 2) != 0 ? in.u8() : DhcpMessage.BOOTREQUEST,
                    in.u32(), (kind & 4) != 0 ? 0x8000 : 0, 0, 0, 0, 0,
                    (kind & 8) != 0 ? GUEST_MAC : ((long) in.u32() << 16 | in.u16()) & 0xFFFF_FFFF_FFFFL);
            int options = in.u8() % 8;
            for (int i = 0; i < options; i++) {
                int code = in.u8();
                if ((code & 1) == 0) {
                    p = DhcpMessage.putByteOption(scratch, p, DhcpMessage.OPTION_MESSAGE_TYPE, in.u8() % 9);
                } else if ((code & 2) == 0) {
                    p = DhcpMessage.putIntOption(scratch, p, (code & 4) != 0 ? DhcpMessage.OPTION_REQUESTED_IP
                            : DhcpMessage.OPTION_SERVER_ID, (code & 8) != 0 ? GUEST_IP : in.u32());
                } else {
                    int n = in.u8() % 64;
                    scratch[p] = (byte) in.u8();
                    scratch[p + 1] = (byte) n;
                    in.bytes(scratch, p + 2, n);
                    p += 2 + n;
                }
            }
            p = DhcpMessage.putEnd(scratch, p);
            int n = UdpDatagram.write(scratch, 34, DhcpMessage.CLIENT_PORT, DhcpMessage.SERVER_PORT, p - d, 0, -1);
            Ipv4Packet.write(scratch, 14, n, 1, 64, Ipv4Packet.PROTOCOL_UDP, 0, -1);
            EthernetFrame.write(scratch, 0, MacAddress.BROADCAST, GUEST_MAC, EthernetFrame.TYPE_IPV4);
            len = 14 + 20 + n;
        } else {
            int payload = in.u16() % 1473;
            int destinationPort = in.u16();
            int sourcePort = in.u16();
            in.bytes(scratch, 42, payload);
            int destination = (kind & 2) != 0 ? GATEWAY_IP : in.u32();
            int n = UdpDatagram.write(scratch, 34, sourcePort, destinationPort, payload, GUEST_IP, destination);
            len = ip(Ipv4Packet.PROTOCOL_UDP, n, destination);
        }
        len = corrupt(in, in.u8(), len);
        send(in, len);
    }

    private void arpOrPing(FuzzInput in) {
        int kind = in.u8();
        int len;
        if ((kind & 1) == 0) {
            EthernetFrame.write(scratch, 0, MacAddress.BROADCAST, GUEST_MAC, EthernetFrame.TYPE_ARP);
            ArpPacket.write(scratch, 14, (kind & 2) != 0 ? ArpPacket.REQUEST : in.u16(), GUEST_MAC,
                    (kind & 4) != 0 ? GUEST_IP : in.u32(), 0, (kind & 8) != 0 ? GATEWAY_IP : in.u32());
            len = 60;
        } else {
            int payload = in.u16() % 1473;
            in.bytes(scratch, 42, payload);
            int n = IcmpMessage.writeEcho(scratch, 34, (kind & 2) != 0 ? IcmpMessage.ECHO_REQUEST : in.u8(), in.u16(),
                    in.u16(), payload);
            len = ip(Ipv4Packet.PROTOCOL_ICMP, n, (kind & 4) != 0 ? GATEWAY_IP : in.u32());
        }
        len = corrupt(in, in.u8(), len);
        send(in, len);
    }

    /** The relay's guest side: reads what the guest sends, answers, closes at EOF. */
    /** The outbound rule's listener: an accepted connection is relayed like a forwarded one. */
    private final class OutboundAcceptor implements TcpService {
        @Override
        public void onAccept(TcpConnection connection) {
            accepted++;
            connection.setService(new Relay());
            if (relays.size() >= 32) {
                relays.remove(0);
            }
            relays.add(connection);
        }

        @Override
        public void onReceive(TcpConnection connection) {
        }

        @Override
        public void onWritable(TcpConnection connection) {
        }

        @Override
        public void onClose(TcpConnection connection) {
        }
    }

    private static final class Relay implements TcpService {
        private final byte[] buffer = new byte[2048];

        @Override
        public void onAccept(TcpConnection connection) {
        }

        @Override
        public void onReceive(TcpConnection connection) {
            int n = connection.read(buffer, 0, buffer.length);
            if (n > 0) {
                connection.write(buffer, 0, n);
            } else if (n < 0) {
                connection.shutdownOutput();
            }
        }

        @Override
        public void onClose(TcpConnection connection) {
        }

        @Override
        public void onWritable(TcpConnection connection) {
            connection.write(buffer, 0, 1000);
        }
    }
}
