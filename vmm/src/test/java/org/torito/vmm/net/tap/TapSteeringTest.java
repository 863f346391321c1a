package org.torito.vmm.net.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.torito.packet.ArpPacket;
import org.torito.packet.EthernetFrame;
import org.torito.packet.Ipv4Address;
import org.torito.packet.Ipv4Packet;
import org.torito.packet.TcpSegment;
import org.torito.packet.UdpDatagram;
import org.torito.vmm.net.GuestPort;
import org.torito.vmm.net.LiveQueues;
import org.torito.vmm.net.user.FlowSteering;

/** Which guest queue gets each frame from the TAP interface, with frames built by the packet module. */
class TapSteeringTest {
    private static final int HOST = Ipv4Address.of(10, 0, 3, 1);
    private static final int GUEST = Ipv4Address.of(10, 0, 3, 15);
    private static final long HOST_MAC = 0x02AABBCCDDEEL;
    private static final long GUEST_MAC = 0x525400123456L;
    private static final int IP = EthernetFrame.HEADER_LENGTH;
    private static final int TCP = IP + Ipv4Packet.HEADER_LENGTH;

    private static byte[] tcp(int source, int sourcePort, int destination, int destinationPort, int flags) {
        byte[] f = new byte[TCP + TcpSegment.HEADER_LENGTH];
        EthernetFrame.write(f, 0, GUEST_MAC, HOST_MAC, EthernetFrame.TYPE_IPV4);
        Ipv4Packet.write(f, IP, TcpSegment.HEADER_LENGTH, 1, 64, Ipv4Packet.PROTOCOL_TCP, source, destination);
        TcpSegment.write(f, TCP, sourcePort, destinationPort, 1, 0, flags, 65535, -1, -1, 0, source, destination);
        return f;
    }

    private static byte[] udp(int source, int sourcePort, int destination, int destinationPort) {
        byte[] f = new byte[TCP + UdpDatagram.HEADER_LENGTH + 4];
        EthernetFrame.write(f, 0, GUEST_MAC, HOST_MAC, EthernetFrame.TYPE_IPV4);
        Ipv4Packet.write(f, IP, UdpDatagram.HEADER_LENGTH + 4, 1, 64, Ipv4Packet.PROTOCOL_UDP, source, destination);
        UdpDatagram.write(f, TCP, sourcePort, destinationPort, 4, source, destination);
        return f;
    }

    @Test
    void aHostFlowGoesWhereItsHashSaysEveryTime() {
        TapSteering steering = new TapSteering(4);
        for (int port = 40000; port < 40100; port++) {
            int expected = FlowSteering.queue(HOST, port, GUEST, 80, 4);
            assertEquals(expected, steering.queueOf(tcp(HOST, port, GUEST, 80, TcpSegment.SYN), TCP + 20));
            assertEquals(expected, steering.queueOf(tcp(HOST, port, GUEST, 80, TcpSegment.ACK), TCP + 20));
        }
    }

    @Test
    void hostFlowsGoOnlyToQueuesACoreOpened() {
        long[] open = {0b0010L};
        GuestPort port = new GuestPort() {
            @Override
            public boolean deliver(int queue, byte[] frame, int offset, int length, boolean checksumPartial) {
                return true;
            }

            @Override
            public boolean queueLive(int queue) {
                return (open[0] & 1L << queue) != 0;
            }
        };
        TapSteering steering = new TapSteering(4, new LiveQueues(port, 4));
        java.util.Set<Integer> used = new java.util.TreeSet<>();
        for (int p = 40000; p < 40100; p++) {
            used.add(steering.queueOf(tcp(HOST, p, GUEST, 80, TcpSegment.SYN), TCP + 20));
        }
        assertEquals(java.util.Set.of(1), used, "only core 1 has opened its queue");
        open[0] = 0b1011L;
        used.clear();
        for (int p = 40000; p < 40100; p++) {
            used.add(steering.queueOf(tcp(HOST, p, GUEST, 80, TcpSegment.SYN), TCP + 20));
        }
        assertEquals(java.util.Set.of(0, 1, 3), used, "100 flows over the three open queues");
    }

    @Test
    void aFlowTheGuestStartsComesBackToTheCoreThatStartedIt() {
        TapSteering steering = new TapSteering(4);
        int port = 50000;
        int hashed = FlowSteering.queue(HOST, 443, GUEST, port, 4);
        int starter = (hashed + 1) % 4;
        byte[] syn = tcp(GUEST, port, HOST, 443, TcpSegment.SYN);
        steering.learn(starter, syn, 0, syn.length);
        assertEquals(starter, steering.queueOf(tcp(HOST, 443, GUEST, port, TcpSegment.SYN | TcpSegment.ACK), TCP + 20));
        assertEquals(1, steering.learnedFlows());
        // A SYN-ACK from the guest (it accepts, not starts) teaches nothing.
        byte[] synAck = tcp(GUEST, 80, HOST, 40000, TcpSegment.SYN | TcpSegment.ACK);
        steering.learn((FlowSteering.queue(HOST, 40000, GUEST, 80, 4) + 1) % 4, synAck, 0, synAck.length);
        assertEquals(1, steering.learnedFlows());
        // The same ports reused by the core the hash picks: the stale owner is forgotten.
        steering.learn(hashed, syn, 0, syn.length);
        assertEquals(hashed, steering.queueOf(tcp(HOST, 443, GUEST, port, TcpSegment.ACK), TCP + 20));
        assertEquals(0, steering.learnedFlows());
    }

    @Test
    void udpTheGuestSendsFirstIsLearnedToo() {
        TapSteering steering = new TapSteering(2);
        int port = 1000;
        while (FlowSteering.queue(HOST, 53, GUEST, port, 2) == 1) {
            port++;
        }
        byte[] query = udp(GUEST, port, HOST, 53);
        steering.learn(1, query, 0, query.length);
        byte[] answer = udp(HOST, 53, GUEST, port);
        assertEquals(1, steering.queueOf(answer, answer.length));
    }

    @Test
    void arpGoesToEveryCoreIcmpToCoreZeroAndIpv6Nowhere() {
        TapSteering steering = new TapSteering(3);
        byte[] arp = new byte[IP + 28];
        EthernetFrame.write(arp, 0, -1L & 0xFFFF_FFFF_FFFFL, HOST_MAC, EthernetFrame.TYPE_ARP);
        ArpPacket.write(arp, IP, ArpPacket.REQUEST, HOST_MAC, HOST, 0, GUEST);
        assertEquals(TapSteering.ALL, steering.queueOf(arp, arp.length));

        byte[] ping = new byte[TCP + 8];
        EthernetFrame.write(ping, 0, GUEST_MAC, HOST_MAC, EthernetFrame.TYPE_IPV4);
        Ipv4Packet.write(ping, IP, 8, 1, 64, Ipv4Packet.PROTOCOL_ICMP, HOST, GUEST);
        assertEquals(0, steering.queueOf(ping, ping.length));

        byte[] ipv6 = new byte[IP + 40];
        EthernetFrame.write(ipv6, 0, GUEST_MAC, HOST_MAC, 0x86DD);
        assertEquals(TapSteering.NONE, steering.queueOf(ipv6, ipv6.length));
        assertEquals(TapSteering.NONE, steering.queueOf(new byte[10], 10));
    }

    @Test
    void aFragmentGoesToCoreZeroWhateverItsPorts() {
        TapSteering steering = new TapSteering(4);
        int port = 40000;
        while (FlowSteering.queue(HOST, port, GUEST, 80, 4) == 0) {
            port++;
        }
        byte[] f = tcp(HOST, port, GUEST, 80, TcpSegment.ACK);
        assertNotEquals(0, steering.queueOf(f, f.length));
        f[IP + 6] = 0x20;   // more fragments
        assertEquals(0, steering.queueOf(f, f.length));
    }
}
