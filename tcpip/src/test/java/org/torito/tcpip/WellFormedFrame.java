package org.torito.tcpip;

import org.torito.packet.ArpPacket;
import org.torito.packet.EthernetFrame;
import org.torito.packet.IcmpMessage;
import org.torito.packet.Ipv4Packet;
import org.torito.packet.TcpSegment;
import org.torito.packet.UdpDatagram;

/**
 * What a stack may put on the wire, checked with the packet module's own parsers: an Ethernet
 * frame from our MAC carrying ARP, or IPv4 from our address (valid header checksum, not a
 * fragment, within the MTU) with a TCP, UDP or ICMP payload whose checksum holds.
 */
final class WellFormedFrame {
    private final long mac;
    private final int ip;
    private final int mtu;
    private final EthernetFrame eth = new EthernetFrame();
    private final ArpPacket arp = new ArpPacket();
    private final Ipv4Packet ipv4 = new Ipv4Packet();
    final TcpSegment tcp = new TcpSegment();
    private final UdpDatagram udp = new UdpDatagram();
    private final IcmpMessage icmp = new IcmpMessage();

    WellFormedFrame(NetworkConfig config) {
        this.mac = config.mac();
        this.ip = config.address();
        this.mtu = config.mtu();
    }

    /** Throws AssertionError naming what is wrong; returns true when the frame is TCP (then {@link #tcp} holds it). */
    boolean check(byte[] f, int off, int len) {
        require(len <= EthernetFrame.HEADER_LENGTH + mtu, () -> "frame of " + len + " bytes exceeds MTU " + mtu);
        require(eth.parse(f, off, len), () -> "short Ethernet frame: " + len);
        require(eth.source() == mac, "source MAC is not ours");
        if (eth.etherType() == EthernetFrame.TYPE_ARP) {
            require(arp.parse(f, eth.payloadOffset(), eth.payloadLength()), "malformed ARP");
            require(arp.senderMac() == mac && arp.senderIp() == ip, "ARP not from us");
            return false;
        }
        require(eth.etherType() == EthernetFrame.TYPE_IPV4, () -> "EtherType " + eth.etherType());
        require(ipv4.parse(f, eth.payloadOffset(), eth.payloadLength()), "malformed IPv4 header");
        require(ipv4.source() == ip, "IPv4 source is not ours");
        require(!ipv4.isFragment(), "sent a fragment");
        // Bytes after the IP total length may only be padding up to Ethernet's 60-byte minimum.
        require(ipv4.totalLength() == eth.payloadLength() || len <= 60, () -> "IPv4 total length "
                + ipv4.totalLength() + " != frame payload " + eth.payloadLength());
        int p = ipv4.payloadOffset();
        int n = ipv4.payloadLength();
        switch (ipv4.protocol()) {
            case Ipv4Packet.PROTOCOL_TCP -> {
                require(tcp.parse(f, p, n, ipv4.source(), ipv4.destination()), "malformed TCP segment");
                return true;
            }
            case Ipv4Packet.PROTOCOL_UDP -> require(udp.parse(f, p, n, ipv4.source(), ipv4.destination()),
                    "malformed UDP datagram");
            case Ipv4Packet.PROTOCOL_ICMP -> require(icmp.parse(f, p, n), "malformed ICMP message");
            default -> throw new AssertionError("IP protocol " + ipv4.protocol());
        }
        return false;
    }

    int destination() {
        return ipv4.destination();
    }

    private static void require(boolean ok, java.util.function.Supplier<String> what) {
        if (!ok) {
            require(false, what.get());
        }
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("transmitted frame: " + what);
        }
    }
}
