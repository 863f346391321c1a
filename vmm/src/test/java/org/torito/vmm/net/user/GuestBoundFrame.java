package org.torito.vmm.net.user;

import org.torito.packet.ArpPacket;
import org.torito.packet.EthernetFrame;
import org.torito.packet.IcmpMessage;
import org.torito.packet.Ipv4Packet;
import org.torito.packet.TcpSegment;
import org.torito.packet.UdpDatagram;

/**
 * What the gateway may hand the guest, checked with the packet module's parsers: an Ethernet
 * frame from the gateway's MAC carrying its ARP, or IPv4 from the gateway address (valid
 * header checksum, not a fragment, within the MTU) with TCP, UDP or ICMP whose checksum holds.
 */
final class GuestBoundFrame {
    private final int mtu;
    private final EthernetFrame eth = new EthernetFrame();
    private final ArpPacket arp = new ArpPacket();
    private final Ipv4Packet ip = new Ipv4Packet();
    final TcpSegment tcp = new TcpSegment();
    private final UdpDatagram udp = new UdpDatagram();
    private final IcmpMessage icmp = new IcmpMessage();

    GuestBoundFrame(int mtu) {
        this.mtu = mtu;
    }

    /** Throws AssertionError naming what is wrong; returns true when it is TCP (then {@link #tcp} holds it). */
    boolean check(byte[] f, int off, int len) {
        require(len <= EthernetFrame.HEADER_LENGTH + mtu, () -> "frame of " + len + " bytes exceeds MTU " + mtu);
        require(eth.parse(f, off, len), () -> "short Ethernet frame: " + len);
        require(eth.source() == UserNetwork.GATEWAY_MAC, "source MAC is not the gateway's");
        if (eth.etherType() == EthernetFrame.TYPE_ARP) {
            require(arp.parse(f, eth.payloadOffset(), eth.payloadLength()), "malformed ARP");
            require(arp.senderMac() == UserNetwork.GATEWAY_MAC && arp.senderIp() == UserNetwork.GATEWAY_IP,
                    "ARP not from the gateway");
            return false;
        }
        require(eth.etherType() == EthernetFrame.TYPE_IPV4, () -> "EtherType " + eth.etherType());
        require(ip.parse(f, eth.payloadOffset(), eth.payloadLength()), "malformed IPv4 header");
        require(ip.source() == UserNetwork.GATEWAY_IP, "IPv4 source is not the gateway");
        require(!ip.isFragment(), "a fragment");
        require(ip.totalLength() == eth.payloadLength() || len <= 60, () -> "IPv4 total length " + ip.totalLength()
                + " != frame payload " + eth.payloadLength());
        int p = ip.payloadOffset();
        int n = ip.payloadLength();
        switch (ip.protocol()) {
            case Ipv4Packet.PROTOCOL_TCP -> {
                require(tcp.parse(f, p, n, ip.source(), ip.destination()), "malformed TCP segment");
                return true;
            }
            case Ipv4Packet.PROTOCOL_UDP -> require(udp.parse(f, p, n, ip.source(), ip.destination()),
                    "malformed UDP datagram");
            case Ipv4Packet.PROTOCOL_ICMP -> require(icmp.parse(f, p, n), "malformed ICMP message");
            default -> throw new AssertionError("IP protocol " + ip.protocol());
        }
        return false;
    }

    private static void require(boolean ok, java.util.function.Supplier<String> what) {
        if (!ok) {
            require(false, what.get());
        }
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("frame to the guest: " + what);
        }
    }
}
