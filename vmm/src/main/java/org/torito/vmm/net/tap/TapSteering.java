package org.torito.vmm.net.tap;

import java.util.concurrent.ConcurrentHashMap;

import org.torito.packet.EthernetFrame;
import org.torito.packet.Ipv4Packet;
import org.torito.vmm.net.LiveQueues;
import org.torito.vmm.net.user.FlowSteering;

/**
 * Which guest queue (core) gets a frame from the TAP interface. Every guest core runs its own
 * stack with the same address and knows only its own flows, so every frame of a TCP or UDP
 * flow must reach one queue:
 * <ul>
 * <li>a flow the host starts lands where {@link FlowSteering} hashes its 4-tuple among the
 * queues a guest core has opened ({@link LiveQueues}), so no state is kept for it (a core that
 * opens its queue while flows run takes over some of them: cores open their queues at boot,
 * before a client can know the guest is up);
 * <li>a flow a guest core starts (a TCP SYN, or a UDP datagram, from the guest) is learned from
 * the frame that starts it, when its hash names another queue, so the answers reach that core;
 * <li>ARP goes to every queue, so every core learns the host's MAC and any core answers;
 * <li>everything else of IPv4 (ICMP, fragments) goes to queue 0; frames of other types (IPv6,
 * LLDP) are dropped, as the guest speaks only IPv4.
 * </ul>
 * {@link #learn} runs on the device's transmit threads, {@link #queueOf} on the backend's reader.
 */
final class TapSteering {
    /** {@link #queueOf}'s answer for a frame every queue must see. */
    static final int ALL = -1;
    /** {@link #queueOf}'s answer for a frame the guest cannot use. */
    static final int NONE = -2;
    /** Learned flows are forgotten all at once past this many; a live flow is learned again from its next datagram or retransmitted SYN. */
    static final int MAX_LEARNED = 1 << 16;
    private static final int IP = EthernetFrame.HEADER_LENGTH;

    private final int queueCount;
    /** (protocol, remote address, remote port, guest port) of a guest-started flow -> its queue. */
    private final ConcurrentHashMap<FlowKey, Integer> learned = new ConcurrentHashMap<>();

    private record FlowKey(int protocol, int remoteIp, int remotePort, int guestPort) {
    }

    /** Open queues; null: all of them. */
    private final LiveQueues live;

    /** Steering over {@code queueCount} queues, all of them open. */
    TapSteering(int queueCount) {
        this(queueCount, null);
    }

    TapSteering(int queueCount, LiveQueues live) {
        if (queueCount < 1) {
            throw new IllegalArgumentException("queueCount: " + queueCount + " is below 1");
        }
        this.queueCount = queueCount;
        this.live = live;
    }

    private long liveMask() {
        return live == null ? -1L : live.mask();
    }

    /** The queue for a frame from the host: 0..queueCount-1, {@link #ALL} or {@link #NONE}. */
    int queueOf(byte[] f, int length) {
        if (length < EthernetFrame.HEADER_LENGTH) {
            return NONE;
        }
        int type = u16(f, 12);
        if (type == EthernetFrame.TYPE_ARP) {
            return ALL;
        }
        if (type != EthernetFrame.TYPE_IPV4 || length < IP + Ipv4Packet.HEADER_LENGTH) {
            return NONE;
        }
        int headerLength = (f[IP] & 0x0F) * 4;
        int protocol = f[IP + 9] & 0xFF;
        boolean fragment = (u16(f, IP + 6) & 0x3FFF) != 0;
        if (fragment || headerLength < Ipv4Packet.HEADER_LENGTH || length < IP + headerLength + 4
                || (protocol != Ipv4Packet.PROTOCOL_TCP && protocol != Ipv4Packet.PROTOCOL_UDP)) {
            return 0;
        }
        int source = s32(f, IP + 12);
        int destination = s32(f, IP + 16);
        int sourcePort = u16(f, IP + headerLength);
        int destinationPort = u16(f, IP + headerLength + 2);
        if (queueCount == 1) {
            return 0;
        }
        Integer queue = learned.isEmpty() ? null
                : learned.get(new FlowKey(protocol, source, sourcePort, destinationPort));
        return queue != null ? queue
                : FlowSteering.queue(source, sourcePort, destination, destinationPort, queueCount, liveMask());
    }

    /** A frame guest core {@code queue} sends: if it starts a flow the hash would send elsewhere, remember it. */
    void learn(int queue, byte[] f, int offset, int length) {
        if (queueCount == 1 || length < IP + Ipv4Packet.HEADER_LENGTH || u16(f, offset + 12) != EthernetFrame.TYPE_IPV4) {
            return;
        }
        int ip = offset + IP;
        int headerLength = (f[ip] & 0x0F) * 4;
        int protocol = f[ip + 9] & 0xFF;
        int transportNeeded = protocol == Ipv4Packet.PROTOCOL_TCP ? 14 : 4;
        if (headerLength < Ipv4Packet.HEADER_LENGTH || length < IP + headerLength + transportNeeded
                || (u16(f, ip + 6) & 0x3FFF) != 0) {
            return;
        }
        if (protocol == Ipv4Packet.PROTOCOL_TCP) {
            int flags = f[ip + headerLength + 13] & 0x3F;
            if ((flags & 0x12) != 0x02) {   // SYN without ACK: the guest opens a connection
                return;
            }
        } else if (protocol != Ipv4Packet.PROTOCOL_UDP) {
            return;
        }
        int guest = s32(f, ip + 12);
        int remote = s32(f, ip + 16);
        int guestPort = u16(f, ip + headerLength);
        int remotePort = u16(f, ip + headerLength + 2);
        FlowKey key = new FlowKey(protocol, remote, remotePort, guestPort);
        if (FlowSteering.queue(remote, remotePort, guest, guestPort, queueCount, liveMask()) == queue) {
            learned.remove(key);   // the hash finds it; an older learned owner must not
            return;
        }
        if (learned.size() >= MAX_LEARNED) {
            learned.clear();
        }
        learned.put(key, queue);
    }

    int learnedFlows() {
        return learned.size();
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static int s32(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }
}
