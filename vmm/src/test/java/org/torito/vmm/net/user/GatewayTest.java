package org.torito.vmm.net.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.torito.packet.ArpPacket;
import org.torito.packet.DhcpMessage;
import org.torito.packet.EthernetFrame;
import org.torito.packet.IcmpMessage;
import org.torito.packet.Ipv4Packet;
import org.torito.packet.MacAddress;
import org.torito.packet.UdpDatagram;
import org.torito.tcpip.NetworkConfig;
import org.torito.vmm.net.GuestPort;

/** The gateway alone, frame in, frames out, on a fake clock: ARP, ping, DHCP, hostile input. */
class GatewayTest {
    static final int IP = EthernetFrame.HEADER_LENGTH;
    static final int L4 = IP + Ipv4Packet.HEADER_LENGTH;

    record Sent(int queue, byte[] frame) {
    }

    final List<Sent> sent = new ArrayList<>();
    final long[] now = {1_000_000_000L};
    final Gateway gateway = new Gateway(4, recorder(), () -> now[0],
            new NetworkConfig(UserNetwork.GATEWAY_MAC, UserNetwork.GATEWAY_IP, UserNetwork.NETMASK,
                    UserNetwork.GATEWAY_IP), UserNetwork.GUEST_IP, 64);

    GuestPort recorder() {
        return (q, f, off, len, partial) -> sent.add(new Sent(q, Arrays.copyOfRange(f, off, off + len)));
    }

    static byte[] arpRequest() {
        byte[] f = new byte[60];
        EthernetFrame.write(f, 0, MacAddress.BROADCAST, UserNetwork.GUEST_MAC, EthernetFrame.TYPE_ARP);
        ArpPacket.write(f, IP, ArpPacket.REQUEST, UserNetwork.GUEST_MAC, UserNetwork.GUEST_IP, 0,
                UserNetwork.GATEWAY_IP);
        return f;
    }

    @Test
    void arpForTheGatewayIsAnsweredOnTheAskingQueue() {
        gateway.fromGuest(2, arpRequest(), 0, 60);
        assertEquals(1, sent.size());
        assertEquals(2, sent.get(0).queue());
        ArpPacket arp = new ArpPacket();
        assertTrue(arp.parse(sent.get(0).frame(), IP, ArpPacket.LENGTH));
        assertEquals(ArpPacket.REPLY, arp.operation());
        assertEquals(UserNetwork.GATEWAY_MAC, arp.senderMac());
        assertEquals(UserNetwork.GATEWAY_IP, arp.senderIp());
        assertEquals(UserNetwork.GUEST_MAC, arp.targetMac());
    }

    @Test
    void pingToTheGatewayIsAnsweredOnTheAskingQueue() {
        gateway.fromGuest(1, arpRequest(), 0, 60);
        sent.clear();
        byte[] f = new byte[L4 + IcmpMessage.HEADER_LENGTH + 4];
        System.arraycopy("ping".getBytes(), 0, f, L4 + IcmpMessage.HEADER_LENGTH, 4);
        int n = IcmpMessage.writeEcho(f, L4, IcmpMessage.ECHO_REQUEST, 77, 3, 4);
        Ipv4Packet.write(f, IP, n, 1, 64, Ipv4Packet.PROTOCOL_ICMP, UserNetwork.GUEST_IP, UserNetwork.GATEWAY_IP);
        EthernetFrame.write(f, 0, UserNetwork.GATEWAY_MAC, UserNetwork.GUEST_MAC, EthernetFrame.TYPE_IPV4);
        gateway.fromGuest(1, f, 0, f.length);
        assertEquals(1, sent.size());
        assertEquals(1, sent.get(0).queue());
        byte[] r = sent.get(0).frame();
        Ipv4Packet ip = new Ipv4Packet();
        IcmpMessage icmp = new IcmpMessage();
        assertTrue(ip.parse(r, IP, r.length - IP));
        assertEquals(UserNetwork.GUEST_IP, ip.destination());
        assertTrue(icmp.parse(r, ip.payloadOffset(), ip.payloadLength()));
        assertEquals(IcmpMessage.ECHO_REPLY, icmp.type());
        assertEquals(77, icmp.identifier());
        assertEquals("ping", new String(r, icmp.payloadOffset(), icmp.payloadLength()));
    }

    static byte[] dhcp(int type, int requested, int serverId) {
        byte[] f = new byte[L4 + UdpDatagram.HEADER_LENGTH + 300];
        int d = L4 + UdpDatagram.HEADER_LENGTH;
        int p = d + DhcpMessage.writeHeader(f, d, DhcpMessage.BOOTREQUEST, 0x1234, 0, 0, 0, 0, 0, UserNetwork.GUEST_MAC);
        p = DhcpMessage.putByteOption(f, p, DhcpMessage.OPTION_MESSAGE_TYPE, type);
        if (requested != 0) {
            p = DhcpMessage.putIntOption(f, p, DhcpMessage.OPTION_REQUESTED_IP, requested);
        }
        if (serverId != 0) {
            p = DhcpMessage.putIntOption(f, p, DhcpMessage.OPTION_SERVER_ID, serverId);
        }
        DhcpMessage.putEnd(f, p);
        int n = UdpDatagram.write(f, L4, DhcpMessage.CLIENT_PORT, DhcpMessage.SERVER_PORT, 300, 0, -1);
        Ipv4Packet.write(f, IP, n, 1, 64, Ipv4Packet.PROTOCOL_UDP, 0, -1);
        EthernetFrame.write(f, 0, MacAddress.BROADCAST, UserNetwork.GUEST_MAC, EthernetFrame.TYPE_IPV4);
        return f;
    }

    /** Sends a DHCP request on queue 3 and returns the reply's parsed message (on queue 3). */
    DhcpMessage exchange(byte[] request) {
        sent.clear();
        gateway.fromGuest(3, request, 0, request.length);
        assertEquals(1, sent.size(), "one DHCP reply");
        assertEquals(3, sent.get(0).queue());
        byte[] r = sent.get(0).frame();
        Ipv4Packet ip = new Ipv4Packet();
        UdpDatagram udp = new UdpDatagram();
        DhcpMessage m = new DhcpMessage();
        assertTrue(ip.parse(r, IP, r.length - IP));
        assertTrue(udp.parse(r, ip.payloadOffset(), ip.payloadLength(), ip.source(), ip.destination()));
        assertEquals(DhcpMessage.CLIENT_PORT, udp.destinationPort());
        assertTrue(m.parse(r, udp.payloadOffset(), udp.payloadLength()));
        assertEquals(0x1234, m.transactionId());
        assertEquals(UserNetwork.GUEST_MAC, m.clientMac());
        return m;
    }

    @Test
    void dhcpOffersAndAcknowledgesTheGuestAddress() {
        DhcpMessage offer = exchange(dhcp(DhcpMessage.DISCOVER, 0, 0));
        assertEquals(DhcpMessage.OFFER, offer.messageType());
        assertEquals(UserNetwork.GUEST_IP, offer.yourIp());
        assertEquals(UserNetwork.GATEWAY_IP, offer.intOption(DhcpMessage.OPTION_SERVER_ID, 0));
        assertEquals(UserNetwork.NETMASK, offer.intOption(DhcpMessage.OPTION_SUBNET_MASK, 0));
        assertEquals(UserNetwork.GATEWAY_IP, offer.intOption(DhcpMessage.OPTION_ROUTER, 0));
        assertEquals(DhcpServer.LEASE_SECONDS, offer.intOption(DhcpMessage.OPTION_LEASE_TIME, 0));
        DhcpMessage ack = exchange(dhcp(DhcpMessage.REQUEST, UserNetwork.GUEST_IP, UserNetwork.GATEWAY_IP));
        assertEquals(DhcpMessage.ACK, ack.messageType());
        assertEquals(UserNetwork.GUEST_IP, ack.yourIp());
        DhcpMessage nak = exchange(dhcp(DhcpMessage.REQUEST, UserNetwork.GUEST_IP + 1, UserNetwork.GATEWAY_IP));
        assertEquals(DhcpMessage.NAK, nak.messageType());
        assertEquals(0, nak.yourIp());
    }

    @Test
    void garbageFramesNeverThrow() {
        Random r = new Random(42);
        byte[][] seeds = {arpRequest(), dhcp(DhcpMessage.DISCOVER, 0, 0), dhcp(DhcpMessage.REQUEST, 1, 2)};
        gateway.udpSink((gp, port, b, off, len) -> {
        });
        for (int i = 0; i < 200_000; i++) {
            byte[] f;
            if (i % 2 == 0) {
                f = new byte[r.nextInt(200)];
                r.nextBytes(f);
                if (f.length > 14 && r.nextBoolean()) {
                    f[12] = 8;
                    f[13] = (byte) (r.nextBoolean() ? 0 : 6);
                }
            } else {
                byte[] seed = seeds[r.nextInt(seeds.length)];
                f = Arrays.copyOf(seed, r.nextInt(seed.length + 1));
                for (int k = r.nextInt(4); k >= 0 && f.length > 0; k--) {
                    f[r.nextInt(f.length)] = (byte) r.nextInt();
                }
            }
            int off = f.length == 0 ? 0 : r.nextInt(Math.min(f.length, 3));
            gateway.fromGuest(r.nextInt(6) - 1, f, off, f.length - off);
            if (i % 1000 == 0) {
                now[0] += 50_000_000L;
                gateway.stack.poll(now[0]);
            }
        }
        for (Sent s : sent) {
            assertTrue(s.queue() >= 0 && s.queue() < 4);
        }
    }
}
