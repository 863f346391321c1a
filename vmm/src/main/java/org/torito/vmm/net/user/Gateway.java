package org.torito.vmm.net.user;

import java.util.LinkedHashMap;
import java.util.Map;
import org.torito.packet.BigEndian;
import org.torito.packet.DhcpMessage;
import org.torito.packet.EthernetFrame;
import org.torito.packet.Ipv4Packet;
import org.torito.packet.MacAddress;
import org.torito.packet.TcpSegment;
import org.torito.packet.UdpDatagram;
import org.torito.tcpip.FrameLink;
import org.torito.tcpip.NanoClock;
import org.torito.tcpip.NetworkConfig;
import org.torito.tcpip.NetworkStack;
import org.torito.vmm.net.GuestPort;
import org.torito.vmm.net.LiveQueues;

/**
 * The guest's gateway, single-threaded and without host I/O: a {@link NetworkStack} at the
 * gateway address answers ARP and ping and terminates forwarded TCP connections; DHCP and
 * forwarded UDP are handled here. Every frame to the guest is steered to one queue: replies go
 * to the queue the request came from, flow frames to their flow's queue. A flow's queue is a
 * hash of its 4-tuple ({@link FlowSteering}) when the gateway opened it, among the queues a guest
 * core has opened ({@link LiveQueues}); while some are closed, the queue chosen at the SYN is
 * remembered, so a core that opens its queue later does not take over live flows. A flow the
 * guest opens to a port of {@link #learnsQueuesFor} belongs to the queue its SYN came on.
 */
final class Gateway implements FrameLink {
    private static final int IP = EthernetFrame.HEADER_LENGTH;
    private static final int L4 = IP + Ipv4Packet.HEADER_LENGTH;

    /** Datagrams the guest sends to the gateway's address (forwarded UDP replies). */
    interface UdpSink {
        void fromGuest(int gatewayPort, int guestPort, byte[] b, int off, int len);
    }

    final NetworkStack stack;
    private final GuestPort port;
    private final int queueCount;
    private final int gatewayIp;
    private final long gatewayMac;
    private final int guestIp;
    private final int mtu;
    private final GuestBacklog backlog;
    private final DhcpServer dhcp;
    private UdpSink udpSink;

    private final EthernetFrame eth = new EthernetFrame();
    private final Ipv4Packet ip = new Ipv4Packet();
    private final UdpDatagram udp = new UdpDatagram();
    private final DhcpMessage dhcpMessage = new DhcpMessage();
    private final byte[] out;
    private int ipId;

    // The frame being processed, so replies generated while processing it go back to its queue.
    private int currentQueue = -1;
    private int currentGatewayPort = -1;
    private int currentGuestPort = -1;
    private long guestMac = MacAddress.BROADCAST;

    /** Gateway ports the guest opens connections to: their flows' queues are learnt. */
    private final boolean[] learntPorts = new boolean[65536];
    private boolean learnsAny;
    /** Learnt flow (gateway port << 16 | guest port) to queue; bounded, oldest forgotten first. */
    private final Map<Integer, Integer> learntQueues = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Integer> eldest) {
            return size() > MAX_LEARNT_FLOWS;
        }
    };
    /** More than the gateway's connection table holds, so a live flow is never forgotten. */
    static final int MAX_LEARNT_FLOWS = 4096;
    private final LiveQueues liveQueues;
    /**
     * Flows the gateway opened (gateway port << 16 | guest port) while some queue was closed, to
     * the queue their SYN went to; bounded like {@link #learntQueues}.
     */
    private final Map<Integer, Integer> openedQueues = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Integer> eldest) {
            return size() > MAX_LEARNT_FLOWS;
        }
    };

    private final long[] framesToGuest;
    private long droppedFromGuest;
    private long droppedToGuest;

    Gateway(int queueCount, GuestPort port, NanoClock clock, NetworkConfig config, int guestIp, int backlogFrames) {
        this.queueCount = queueCount;
        this.port = port;
        this.gatewayIp = config.address();
        this.gatewayMac = config.mac();
        this.guestIp = guestIp;
        this.mtu = config.mtu();
        this.out = new byte[EthernetFrame.HEADER_LENGTH + mtu];
        this.backlog = new GuestBacklog(queueCount, backlogFrames, EthernetFrame.HEADER_LENGTH + mtu);
        this.dhcp = new DhcpServer(gatewayIp, guestIp, config.netmask());
        this.framesToGuest = new long[queueCount];
        this.liveQueues = new LiveQueues(port, queueCount);
        this.stack = new NetworkStack(config, this, clock);
    }

    void udpSink(UdpSink sink) {
        udpSink = sink;
    }

    /** Frames of flows the guest opens to {@code gatewayPort} go back on the queue their SYN came on. */
    void learnsQueuesFor(int gatewayPort) {
        learntPorts[gatewayPort] = true;
        learnsAny = true;
    }

    /** One frame the guest sent on {@code queue}; malformed frames are counted and dropped. */
    void fromGuest(int queue, byte[] f, int off, int len) {
        fromGuest(queue, f, off, len, false);
    }

    /** As above; {@code checksumPartial}: the guest left the TCP checksum for the device (not checked here). */
    void fromGuest(int queue, byte[] f, int off, int len, boolean checksumPartial) {
        if (queue < 0 || queue >= queueCount || !eth.parse(f, off, len)) {
            droppedFromGuest++;
            return;
        }
        currentQueue = queue;
        currentGatewayPort = -1;
        currentGuestPort = -1;
        try {
            if (eth.etherType() == EthernetFrame.TYPE_IPV4 && ip.parse(f, eth.payloadOffset(), eth.payloadLength())
                    && !ip.isFragment()) {
                if (ip.source() == guestIp && !MacAddress.isMulticast(eth.source())) {
                    guestMac = eth.source();
                }
                int protocol = ip.protocol();
                if (protocol == Ipv4Packet.PROTOCOL_UDP) {
                    udpInput(queue, f);
                    return;
                }
                if (protocol == Ipv4Packet.PROTOCOL_TCP && ip.payloadLength() >= 4) {
                    currentGuestPort = BigEndian.u16(f, ip.payloadOffset());
                    currentGatewayPort = BigEndian.u16(f, ip.payloadOffset() + 2);
                    if (learntPorts[currentGatewayPort] && ip.destination() == gatewayIp && ip.payloadLength() >= 14
                            && (f[ip.payloadOffset() + 13] & (TcpSegment.SYN | TcpSegment.ACK)) == TcpSegment.SYN) {
                        learntQueues.put(currentGatewayPort << 16 | currentGuestPort, queue);
                    }
                }
            }
            stack.receive(f, off, len, checksumPartial);
        } finally {
            currentQueue = -1;
        }
    }

    private void udpInput(int queue, byte[] f) {
        int source = ip.source();
        int destination = ip.destination();
        if (!udp.parse(f, ip.payloadOffset(), ip.payloadLength(), source, destination)) {
            droppedFromGuest++;
            return;
        }
        if (udp.destinationPort() == DhcpMessage.SERVER_PORT && udp.sourcePort() == DhcpMessage.CLIENT_PORT) {
            if (!dhcpMessage.parse(f, udp.payloadOffset(), udp.payloadLength())) {
                droppedFromGuest++;
                return;
            }
            int n = dhcp.reply(dhcpMessage, out, L4 + UdpDatagram.HEADER_LENGTH);
            if (n > 0) {
                boolean broadcast = (dhcpMessage.flags() & 0x8000) != 0;
                long mac = broadcast ? MacAddress.BROADCAST : dhcpMessage.clientMac();
                if (MacAddress.isMulticast(mac)) {
                    mac = MacAddress.BROADCAST;
                }
                int n2 = UdpDatagram.write(out, L4, DhcpMessage.SERVER_PORT, DhcpMessage.CLIENT_PORT, n, gatewayIp,
                        -1);
                finishIp(queue, mac, -1, Ipv4Packet.PROTOCOL_UDP, n2);
            }
            return;
        }
        if (destination == gatewayIp && udpSink != null) {
            udpSink.fromGuest(udp.destinationPort(), udp.sourcePort(), f, udp.payloadOffset(), udp.payloadLength());
            return;
        }
        droppedFromGuest++;
    }

    /** Largest UDP payload one frame to the guest can carry. */
    int maxUdpPayload() {
        return mtu - Ipv4Packet.HEADER_LENGTH - UdpDatagram.HEADER_LENGTH;
    }

    /** Sends a datagram from {@code gateway:gatewayPort} to the guest, on the flow's queue. */
    boolean sendUdpToGuest(int gatewayPort, int guestPort, byte[] b, int off, int len) {
        if (len > maxUdpPayload()) {
            return false;
        }
        System.arraycopy(b, off, out, L4 + UdpDatagram.HEADER_LENGTH, len);
        int n = UdpDatagram.write(out, L4, gatewayPort, guestPort, len, gatewayIp, guestIp);
        int queue = FlowSteering.queue(gatewayIp, gatewayPort, guestIp, guestPort, queueCount, liveQueues.mask());
        return finishIp(queue, guestMac, guestIp, Ipv4Packet.PROTOCOL_UDP, n);
    }

    private boolean finishIp(int queue, long mac, int destination, int protocol, int payloadLength) {
        Ipv4Packet.write(out, IP, payloadLength, ipId++ & 0xFFFF, Ipv4Packet.DEFAULT_TTL, protocol, gatewayIp,
                destination);
        EthernetFrame.write(out, 0, mac, gatewayMac, EthernetFrame.TYPE_IPV4);
        return toGuest(queue, out, 0, L4 + payloadLength);
    }

    /** The guest takes partial TCP checksums: the gateway's stack then skips summing what it sends. */
    @Override
    public boolean offloadsChecksums() {
        return port.acceptsPartialChecksums();
    }

    /** Frames from the gateway's stack: steered, then delivered or held back. */
    @Override
    public boolean transmit(byte[] frame, int offset, int length) {
        return toGuest(steer(frame, offset, length), frame, offset, length);
    }

    private int steer(byte[] f, int off, int len) {
        int fallback = currentQueue >= 0 ? currentQueue : 0;
        if (len < L4 + 4 || BigEndian.u16(f, off + 12) != EthernetFrame.TYPE_IPV4) {
            return fallback; // ARP: to the asking queue, or queue 0 when the gateway asks
        }
        int protocol = f[off + IP + 9] & 0xFF;
        if (protocol != Ipv4Packet.PROTOCOL_TCP && protocol != Ipv4Packet.PROTOCOL_UDP) {
            return fallback;
        }
        int sourcePort = BigEndian.u16(f, off + L4);
        int destinationPort = BigEndian.u16(f, off + L4 + 2);
        if (currentQueue >= 0 && sourcePort == currentGatewayPort && destinationPort == currentGuestPort) {
            return currentQueue; // a reply within the segment's own flow (ACK, RST)
        }
        if (learnsAny && learntPorts[sourcePort]) {
            Integer learnt = learntQueues.get(sourcePort << 16 | destinationPort);
            if (learnt != null) {
                return learnt;
            }
        }
        int guest = BigEndian.i32(f, off + IP + 16);
        int key = sourcePort << 16 | destinationPort;
        if (protocol == Ipv4Packet.PROTOCOL_TCP && len >= L4 + 14 && (f[off + L4 + 13] & 0x12) == 0x02) {
            // The gateway opens a flow (SYN without ACK): choose among the open queues.
            long live = liveQueues.mask();
            int queue = FlowSteering.queue(gatewayIp, sourcePort, guest, destinationPort, queueCount, live);
            if (Long.bitCount(live) == 0 || Long.bitCount(live) == queueCount) {
                openedQueues.remove(key);   // the hash alone finds it again
            } else {
                openedQueues.put(key, queue);
            }
            return queue;
        }
        if (!openedQueues.isEmpty()) {
            Integer opened = openedQueues.get(key);
            if (opened != null) {
                return opened;
            }
        }
        return FlowSteering.queue(gatewayIp, sourcePort, guest, destinationPort, queueCount);
    }

    private boolean toGuest(int queue, byte[] f, int off, int len) {
        // The stack's TCP segments are partial exactly when offloadsChecksums() says so; the
        // device marks only TCP frames, so the flag is harmless on the others.
        boolean partial = offloadsChecksums();
        if (backlog.isEmpty(queue) && port.deliver(queue, f, off, len, partial)) {
            framesToGuest[queue]++;
            return true;
        }
        if (backlog.add(queue, f, off, len, partial)) {
            return true;
        }
        droppedToGuest++;
        return false;
    }

    /** Retries held frames on every queue; returns whether any are still held. */
    boolean retryBacklog() {
        if (backlog.frames() == 0) {
            return false;
        }
        for (int q = 0; q < queueCount; q++) {
            if (!backlog.isEmpty(q)) {
                framesToGuest[q] += backlog.drain(q, port);
            }
        }
        return backlog.frames() > 0;
    }

    GuestBacklog backlog() {
        return backlog;
    }

    long[] framesToGuest() {
        return framesToGuest.clone();
    }

    long droppedFromGuest() {
        return droppedFromGuest + stack.droppedFrames();
    }

    long droppedToGuest() {
        return droppedToGuest;
    }
}
