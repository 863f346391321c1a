package org.torito.tcpip;

import org.torito.packet.ArpPacket;
import org.torito.packet.EthernetFrame;
import org.torito.packet.IcmpMessage;
import org.torito.packet.Ipv4Packet;
import org.torito.packet.MacAddress;
import org.torito.packet.TcpSegment;
import org.torito.packet.UdpDatagram;

/**
 * One core's TCP/IP stack over one queue pair: Ethernet, ARP, IPv4 (static address), ICMP
 * echo replies, UDP and TCP. Single-threaded and event-driven: the owner feeds it every
 * received frame and calls {@link #poll} when {@link #nextDeadline} passes. No static mutable
 * state, so each core runs its own instance.
 */
public final class NetworkStack {
    static final int IP_OFFSET = EthernetFrame.HEADER_LENGTH;
    static final int L4_OFFSET = IP_OFFSET + Ipv4Packet.HEADER_LENGTH;
    /** Listening ports one stack holds. */
    public static final int MAX_LISTENERS = 32;
    private static final int MAX_UDP = 32;
    /**
     * The most frames waiting for an ARP reply, all sent when it comes: what one incoming frame
     * can release on top of what it makes the stack send itself.
     */
    public static final int MAX_FRAMES_AWAITING_ARP = ArpCache.PENDING;

    private final NetworkConfig config;
    private final FrameLink link;
    private final NanoClock clock;
    final int mss;
    final int rcvShift;
    long now;

    private final byte[] tx;
    private final byte[] arpTx = new byte[60];
    private final EthernetFrame eth = new EthernetFrame();
    private final ArpPacket arp = new ArpPacket();
    private final Ipv4Packet ip = new Ipv4Packet();
    private final IcmpMessage icmp = new IcmpMessage();
    private final UdpDatagram udp = new UdpDatagram();
    private final TcpSegment tcp = new TcpSegment();

    private final ArpCache arpCache;
    private final ArpCache.RequestSink arpAsker = hop -> sendArp(ArpPacket.REQUEST, MacAddress.BROADCAST, 0, hop);
    private final ConnectionTable connections;
    final BufferPool buffers;
    /** Connections in the order they entered TIME-WAIT (some may have left it since). */
    private final TcpConnection[] timeWait;
    private int timeWaitHead;
    private int timeWaitCount;
    private final TcpListener[] listeners = new TcpListener[MAX_LISTENERS];
    private int listenerCount;
    private final UdpSocket[] udpSockets = new UdpSocket[MAX_UDP];
    private int udpCount;
    private final InitialSequenceNumbers isn;
    private int ipId;
    private int nextEphemeral;
    private long droppedFrames;
    /** Set for the frame being processed when the link vouches for its TCP checksum. */
    private boolean checksumTrusted;

    public NetworkStack(NetworkConfig config, FrameLink link, NanoClock clock) {
        this.config = config;
        this.link = link;
        this.clock = clock;
        this.mss = config.mtu() - Ipv4Packet.HEADER_LENGTH - TcpSegment.HEADER_LENGTH;
        int shift = 0;
        while (shift < 14 && (config.receiveBuffer() >> shift) > 65535) {
            shift++;
        }
        this.rcvShift = shift;
        this.tx = new byte[EthernetFrame.HEADER_LENGTH + config.mtu()];
        this.arpCache = new ArpCache(tx.length);
        this.connections = new ConnectionTable(config.maxConnections());
        this.buffers = new BufferPool(config.sendBuffer(), config.receiveBuffer(), config.maxConnections());
        this.timeWait = new TcpConnection[config.maxConnections()];
        this.isn = new InitialSequenceNumbers(config.isnSecret());
        this.nextEphemeral = config.firstEphemeralPort();
        this.now = clock.nanoTime();
    }

    public NetworkConfig config() {
        return config;
    }

    long clockNow() {
        return clock.nanoTime();
    }

    /** Live TCP connections, including TIME-WAIT and half-open ones. */
    public int connectionCount() {
        return connections.size();
    }

    /** Frames ignored as malformed, not for us, or of an unsupported kind. */
    public long droppedFrames() {
        return droppedFrames;
    }

    // ---- application entry points ----

    /** Whether a listener holds {@code port}. */
    public boolean listensOn(int port) {
        return findListener(port) != null;
    }

    /** Whether another listener fits: at most {@link #MAX_LISTENERS} at a time. */
    public boolean hasRoomForListener() {
        return listenerCount < MAX_LISTENERS;
    }

    /** Listens on {@code port}; connections are queued for {@link TcpListener#accept()}. */
    public TcpListener listen(int port, int backlog) {
        return listen(port, backlog, null);
    }

    /** Listens on {@code port} and calls {@code service} for each connection's events. */
    public TcpListener listen(int port, int backlog, TcpService service) {
        if (port <= 0 || port > 65535 || backlog <= 0) {
            throw new IllegalArgumentException("listen: bad port " + port + " or backlog " + backlog);
        }
        if (findListener(port) != null || listenerCount == MAX_LISTENERS) {
            throw new IllegalStateException("listen: port " + port + " already in use or too many listeners");
        }
        TcpListener l = new TcpListener(this, port, backlog, service);
        listeners[listenerCount++] = l;
        return l;
    }

    /** Active open; returns the connection in SYN-SENT, or null when the table is full. */
    public TcpConnection connect(int remoteIp, int remotePort) {
        now = clock.nanoTime();
        if (connections.isFull() && !recycleTimeWait()) {
            return null;
        }
        int port = -1;
        int first = config.firstEphemeralPort();
        int count = config.ephemeralPortCount();
        for (int tries = 0; tries < count; tries++) {
            int candidate = nextEphemeral;
            nextEphemeral = nextEphemeral == first + count - 1 ? first : nextEphemeral + 1;
            if (findListener(candidate) == null
                    && connections.find(ConnectionTable.key(remoteIp, remotePort, candidate)) == null) {
                port = candidate;
                break;
            }
        }
        if (port < 0) {
            return null;
        }
        int iss = isn.next(config.address(), port, remoteIp, remotePort, now);
        TcpConnection c = new TcpConnection(this, null, port, remoteIp, remotePort, iss, TcpState.SYN_SENT);
        c.rcvShift = rcvShift;
        connections.add(c);
        c.sendSyn(false);
        return c;
    }

    public UdpSocket bindUdp(int port) {
        if (port <= 0 || port > 65535 || findUdp(port) != null || udpCount == MAX_UDP) {
            throw new IllegalStateException("bindUdp: port " + port + " is invalid, in use, or too many sockets");
        }
        UdpSocket s = new UdpSocket(this, port, config.mtu() - Ipv4Packet.HEADER_LENGTH - UdpDatagram.HEADER_LENGTH);
        udpSockets[udpCount++] = s;
        return s;
    }

    // ---- input ----

    /** Processes one received Ethernet frame; the frame may be reused when this returns. */
    public void receive(byte[] frame, int off, int len) {
        receive(frame, off, len, false);
    }

    /**
     * As {@link #receive(byte[], int, int)}; {@code checksumTrusted} when the link says the
     * frame's TCP checksum was validated or left partial on purpose (virtio-net's DATA_VALID or
     * NEEDS_CSUM), so the stack does not sum the data again.
     */
    public void receive(byte[] frame, int off, int len, boolean checksumTrusted) {
        this.checksumTrusted = checksumTrusted;
        now = clock.nanoTime();
        if (!eth.parse(frame, off, len)) {
            droppedFrames++;
            return;
        }
        long destination = eth.destination();
        if (destination != config.mac() && destination != MacAddress.BROADCAST) {
            droppedFrames++;
            return;
        }
        int type = eth.etherType();
        if (type == EthernetFrame.TYPE_ARP) {
            arpInput(frame, eth.payloadOffset(), eth.payloadLength());
        } else if (type == EthernetFrame.TYPE_IPV4) {
            ipInput(frame, eth.payloadOffset(), eth.payloadLength());
        } else {
            droppedFrames++;
        }
    }

    private void arpInput(byte[] b, int off, int len) {
        if (!arp.parse(b, off, len) || arp.targetIp() != config.address()) {
            droppedFrames++;
            return;
        }
        int sender = arp.senderIp();
        long senderMac = arp.senderMac();
        if (sender == 0 || MacAddress.isMulticast(senderMac)) {
            return;
        }
        arpCache.learn(sender, senderMac, now);
        if (arp.operation() == ArpPacket.REQUEST) {
            sendArp(ArpPacket.REPLY, senderMac, senderMac, sender);
        }
        releasePending(sender, senderMac);
    }

    private void ipInput(byte[] b, int off, int len) {
        if (!ip.parse(b, off, len) || ip.isFragment()) {
            droppedFrames++;
            return;
        }
        int destination = ip.destination();
        int protocol = ip.protocol();
        boolean broadcast = destination == -1 || destination == (config.address() | ~config.netmask());
        if (destination != config.address() && !(broadcast && protocol == Ipv4Packet.PROTOCOL_UDP)) {
            droppedFrames++;
            return;
        }
        int source = ip.source();
        int payload = ip.payloadOffset();
        int payloadLength = ip.payloadLength();
        if (protocol == Ipv4Packet.PROTOCOL_TCP) {
            tcpInput(b, payload, payloadLength, source);
        } else if (protocol == Ipv4Packet.PROTOCOL_UDP) {
            udpInput(b, payload, payloadLength, source, destination);
        } else if (protocol == Ipv4Packet.PROTOCOL_ICMP) {
            icmpInput(b, payload, payloadLength, source);
        } else {
            droppedFrames++;
        }
    }

    private void icmpInput(byte[] b, int off, int len, int source) {
        if (!icmp.parse(b, off, len) || icmp.type() != IcmpMessage.ECHO_REQUEST || icmp.code() != 0
                || len > config.mtu() - Ipv4Packet.HEADER_LENGTH) {
            droppedFrames++;
            return;
        }
        int data = icmp.payloadLength();
        System.arraycopy(b, icmp.payloadOffset(), tx, L4_OFFSET + IcmpMessage.HEADER_LENGTH, data);
        int n = IcmpMessage.writeEcho(tx, L4_OFFSET, IcmpMessage.ECHO_REPLY, icmp.identifier(), icmp.sequence(),
                data);
        ipOutput(source, Ipv4Packet.PROTOCOL_ICMP, n);
    }

    private void udpInput(byte[] b, int off, int len, int source, int destination) {
        if (!udp.parse(b, off, len, source, destination)) {
            droppedFrames++;
            return;
        }
        UdpSocket s = findUdp(udp.destinationPort());
        if (s == null) {
            droppedFrames++;
            return;
        }
        s.deliver(source, udp.sourcePort(), b, udp.payloadOffset(), udp.payloadLength());
    }

    private void tcpInput(byte[] b, int off, int len, int source) {
        if (!tcp.parse(b, off, len, source, config.address(), !checksumTrusted)) {
            droppedFrames++;
            return;
        }
        int localPort = tcp.destinationPort();
        int remotePort = tcp.sourcePort();
        TcpConnection c = connections.find(ConnectionTable.key(source, remotePort, localPort));
        int flags = tcp.flags();
        if (c != null && c.state() == TcpState.TIME_WAIT && (flags & (TcpSegment.SYN | TcpSegment.ACK | TcpSegment.RST))
                == TcpSegment.SYN && TcpSequence.gt(tcp.sequence(), c.rcvNxt)) {
            // A new incarnation of a connection in TIME-WAIT: its SYN lies beyond everything the
            // old one received, so it cannot be an old duplicate (RFC 9293 3.6.1, as Linux does).
            // A peer that reuses ports quickly (the user network's gateway, ~5,000 connections a
            // second) otherwise got a challenge ACK and waited a second to resend its SYN.
            c.endTimeWait();
            c = null;
        }
        if (c != null) {
            c.segmentArrives(tcp);
            c.dispatch();
            return;
        }
        if ((flags & TcpSegment.RST) != 0) {
            return;
        }
        TcpListener l = findListener(localPort);
        if (l == null || l.closed || (flags & TcpSegment.ACK) != 0 || (flags & TcpSegment.SYN) == 0) {
            if (l != null && (flags & (TcpSegment.ACK | TcpSegment.SYN)) == 0) {
                return; // LISTEN drops segments with neither SYN nor ACK (RFC 9293 3.10.7.2)
            }
            replyReset(source, remotePort, localPort);
            return;
        }
        if (!l.hasRoom() || remotePort == 0 || (connections.isFull() && !recycleTimeWait())) {
            return; // SYN backlog full: drop silently, the peer retransmits its SYN
        }
        int seq = tcp.sequence();
        int iss = isn.next(config.address(), localPort, source, remotePort, now);
        c = new TcpConnection(this, l, localPort, source, remotePort, iss, TcpState.SYN_RECEIVED);
        l.halfOpen++;
        c.irs = seq;
        c.rcvNxt = seq + 1;
        c.synOptions(tcp, true);
        c.sndWnd = tcp.window();
        c.sndWl1 = seq;
        connections.add(c);
        c.sendSyn(true);
    }

    /** RST for a segment that matches no connection (RFC 9293 3.10.7.1). */
    private void replyReset(int remoteIp, int remotePort, int localPort) {
        if ((tcp.flags() & TcpSegment.ACK) != 0) {
            sendReset(remoteIp, remotePort, localPort, tcp.acknowledgment(), 0, TcpSegment.RST);
        } else {
            int segLen = tcp.payloadLength() + (tcp.has(TcpSegment.SYN) ? 1 : 0) + (tcp.has(TcpSegment.FIN) ? 1 : 0);
            sendReset(remoteIp, remotePort, localPort, 0, tcp.sequence() + segLen, TcpSegment.RST | TcpSegment.ACK);
        }
    }

    // ---- timers ----

    /** Fires due timers: retransmissions, persist probes, delayed ACKs, TIME-WAIT, ARP retries. */
    public void poll(long nowNanos) {
        now = nowNanos;
        droppedFrames += arpCache.retry(now, arpAsker);
        for (int i = connections.size() - 1; i >= 0; i--) {
            if (i >= connections.size()) {
                continue;
            }
            TcpConnection c = connections.get(i);
            c.onTimer(now);
            c.dispatch();
        }
    }

    /** The earliest time {@link #poll} has work, or Long.MAX_VALUE when nothing is pending. */
    public long nextDeadline() {
        long d = arpCache.nextRetry();
        for (int i = 0; i < connections.size(); i++) {
            long t = connections.get(i).nextDeadline();
            if (t != Long.MAX_VALUE && (d == Long.MAX_VALUE || t - d < 0)) {
                d = t;
            }
        }
        return d;
    }

    // ---- output ----

    void sendTcp(TcpConnection c, int seq, int flags, int payloadLength, boolean synOptions) {
        boolean scale = synOptions && (c.state() == TcpState.SYN_SENT || c.windowScaling);
        int hl = TcpSegment.headerLength(synOptions, scale);
        if (payloadLength > 0) {
            c.sendBuffer.copy(seq - c.sndBufSeq, tx, L4_OFFSET + hl, payloadLength);
        }
        int window = c.windowField((flags & TcpSegment.SYN) != 0);
        int ack = (flags & TcpSegment.ACK) != 0 ? c.rcvNxt : 0;
        TcpSegment.write(tx, L4_OFFSET, c.localPort, c.remotePort, seq, ack, flags, window,
                synOptions ? mss : -1, scale ? c.rcvShift : -1, payloadLength, config.address(), c.remoteIp,
                link.offloadsChecksums());
        if ((flags & TcpSegment.ACK) != 0) {
            c.ackSent();
        }
        ipOutput(c.remoteIp, Ipv4Packet.PROTOCOL_TCP, hl + payloadLength);
    }

    void sendReset(int remoteIp, int remotePort, int localPort, int seq, int ack, int flags) {
        TcpSegment.write(tx, L4_OFFSET, localPort, remotePort, seq, ack, flags, 0, -1, -1, 0, config.address(),
                remoteIp, link.offloadsChecksums());
        ipOutput(remoteIp, Ipv4Packet.PROTOCOL_TCP, TcpSegment.HEADER_LENGTH);
    }

    boolean sendUdp(int localPort, int remoteIp, int remotePort, byte[] b, int off, int len) {
        now = clock.nanoTime();
        System.arraycopy(b, off, tx, L4_OFFSET + UdpDatagram.HEADER_LENGTH, len);
        int n = UdpDatagram.write(tx, L4_OFFSET, localPort, remotePort, len, config.address(), remoteIp);
        return ipOutput(remoteIp, Ipv4Packet.PROTOCOL_UDP, n);
    }

    /** Sends the packet whose transport part is at L4_OFFSET in tx, resolving the next hop. */
    private boolean ipOutput(int destination, int protocol, int payloadLength) {
        Ipv4Packet.write(tx, IP_OFFSET, payloadLength, ipId++ & 0xFFFF, Ipv4Packet.DEFAULT_TTL, protocol,
                config.address(), destination);
        int frameLength = L4_OFFSET + payloadLength;
        long mac;
        int nextHop = destination;
        if (destination == -1 || destination == (config.address() | ~config.netmask())) {
            mac = MacAddress.BROADCAST;
        } else {
            if ((destination & config.netmask()) != (config.address() & config.netmask())) {
                nextHop = config.gateway();
            }
            mac = arpCache.lookup(nextHop, now);
        }
        if (mac < 0) {
            boolean asked = arpCache.isPending(nextHop);
            if (!arpCache.hold(nextHop, tx, frameLength, now)) {
                droppedFrames++;
                return false;
            }
            if (!asked) {
                sendArp(ArpPacket.REQUEST, MacAddress.BROADCAST, 0, nextHop);
            }
            return true;
        }
        EthernetFrame.write(tx, 0, mac, config.mac(), EthernetFrame.TYPE_IPV4);
        return link.transmit(tx, 0, frameLength);
    }

    private void sendArp(int operation, long frameDestination, long targetMac, int targetIp) {
        EthernetFrame.write(arpTx, 0, frameDestination, config.mac(), EthernetFrame.TYPE_ARP);
        ArpPacket.write(arpTx, EthernetFrame.HEADER_LENGTH, operation, config.mac(), config.address(), targetMac,
                targetIp);
        link.transmit(arpTx, 0, arpTx.length);
    }

    private void releasePending(int ipAddress, long mac) {
        if (arpCache.pendingCount() > 0) {
            arpCache.release(ipAddress, (frame, length) -> {
                EthernetFrame.write(frame, 0, mac, config.mac(), EthernetFrame.TYPE_IPV4);
                link.transmit(frame, 0, length);
            });
        }
    }

    // ---- tables ----

    private TcpListener findListener(int port) {
        for (int i = 0; i < listenerCount; i++) {
            if (listeners[i].port == port) {
                return listeners[i];
            }
        }
        return null;
    }

    void removeListener(TcpListener l) {
        for (int i = 0; i < listenerCount; i++) {
            if (listeners[i] == l) {
                listeners[i] = listeners[--listenerCount];
                listeners[listenerCount] = null;
                return;
            }
        }
    }

    private UdpSocket findUdp(int port) {
        for (int i = 0; i < udpCount; i++) {
            if (udpSockets[i].port() == port) {
                return udpSockets[i];
            }
        }
        return null;
    }

    void removeUdp(UdpSocket s) {
        for (int i = 0; i < udpCount; i++) {
            if (udpSockets[i] == s) {
                udpSockets[i] = udpSockets[--udpCount];
                udpSockets[udpCount] = null;
                return;
            }
        }
    }

    void release(TcpConnection c) {
        connections.remove(c);
    }

    /** A connection entered TIME-WAIT: it may be recycled, oldest first, when the table is full. */
    void enteredTimeWait(TcpConnection c) {
        if (timeWaitCount == timeWait.length) {
            // Only stale entries can fill the ring (it is as long as the table); forget the oldest.
            timeWait[timeWaitHead] = null;
            timeWaitHead = (timeWaitHead + 1) % timeWait.length;
            timeWaitCount--;
        }
        timeWait[(timeWaitHead + timeWaitCount) % timeWait.length] = c;
        timeWaitCount++;
    }

    /**
     * Frees the table slot of the oldest connection still in TIME-WAIT; false when there is none.
     * A server that closes first leaves a TIME-WAIT behind per connection, which would otherwise
     * cap it at maxConnections per 2 MSL (about 1,000 connections a second with 512 and a 0.25 s
     * MSL). Linux does the same when its TIME-WAIT buckets run out; an old duplicate segment of
     * the recycled connection then meets no connection and gets a reset, as after 2 MSL.
     */
    private boolean recycleTimeWait() {
        while (timeWaitCount > 0) {
            TcpConnection c = timeWait[timeWaitHead];
            timeWait[timeWaitHead] = null;
            timeWaitHead = (timeWaitHead + 1) % timeWait.length;
            timeWaitCount--;
            if (c.state() == TcpState.TIME_WAIT) {
                c.endTimeWait();
                return true;
            }
        }
        return false;
    }
}
