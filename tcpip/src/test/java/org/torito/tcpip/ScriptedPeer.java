package org.torito.tcpip;

import java.util.ArrayList;
import java.util.List;
import org.torito.packet.ArpPacket;
import org.torito.packet.EthernetFrame;
import org.torito.packet.IcmpMessage;
import org.torito.packet.Ipv4Packet;
import org.torito.packet.TcpSegment;
import org.torito.packet.UdpDatagram;

/** Hand-built frames into one stack, and its replies parsed back, for exact-response tests. */
final class ScriptedPeer implements FrameLink {
    static final long PEER_MAC = 0x02AABBCCDDEEL;
    static final int PEER_IP = VirtualWire.IP_B;

    final FakeClock clock = new FakeClock();
    final List<byte[]> sent = new ArrayList<>();
    final NetworkStack stack;

    ScriptedPeer(NetworkConfig config) {
        stack = new NetworkStack(config, this, clock);
    }

    ScriptedPeer() {
        this(VirtualWire.config(VirtualWire.MAC_A, VirtualWire.IP_A));
    }

    @Override
    public boolean transmit(byte[] frame, int offset, int length) {
        sent.add(java.util.Arrays.copyOfRange(frame, offset, offset + length));
        return true;
    }

    /** Teaches the stack our MAC so replies need no ARP round trip. */
    void introduce() {
        byte[] f = new byte[42];
        EthernetFrame.write(f, 0, VirtualWire.MAC_A, PEER_MAC, EthernetFrame.TYPE_ARP);
        ArpPacket.write(f, 14, ArpPacket.REQUEST, PEER_MAC, PEER_IP, 0, VirtualWire.IP_A);
        stack.receive(f, 0, f.length);
        sent.clear();
    }

    static byte[] ipFrame(int protocol, byte[] transport, int length) {
        byte[] f = new byte[34 + length];
        System.arraycopy(transport, 0, f, 34, length);
        EthernetFrame.write(f, 0, VirtualWire.MAC_A, PEER_MAC, EthernetFrame.TYPE_IPV4);
        Ipv4Packet.write(f, 14, length, 1, 64, protocol, PEER_IP, VirtualWire.IP_A);
        return f;
    }

    void tcp(int sourcePort, int destinationPort, int seq, int ack, int flags, int window, int mss, int scale,
            byte[] payload) {
        int hl = TcpSegment.headerLength(mss >= 0, scale >= 0);
        byte[] t = new byte[hl + payload.length];
        System.arraycopy(payload, 0, t, hl, payload.length);
        TcpSegment.write(t, 0, sourcePort, destinationPort, seq, ack, flags, window, mss, scale, payload.length,
                PEER_IP, VirtualWire.IP_A);
        byte[] f = ipFrame(Ipv4Packet.PROTOCOL_TCP, t, t.length);
        stack.receive(f, 0, f.length);
    }

    void udp(int sourcePort, int destinationPort, byte[] payload) {
        byte[] t = new byte[8 + payload.length];
        System.arraycopy(payload, 0, t, 8, payload.length);
        UdpDatagram.write(t, 0, sourcePort, destinationPort, payload.length, PEER_IP, VirtualWire.IP_A);
        byte[] f = ipFrame(Ipv4Packet.PROTOCOL_UDP, t, t.length);
        stack.receive(f, 0, f.length);
    }

    void ping(int id, int seq, byte[] payload) {
        byte[] t = new byte[8 + payload.length];
        System.arraycopy(payload, 0, t, 8, payload.length);
        IcmpMessage.writeEcho(t, 0, IcmpMessage.ECHO_REQUEST, id, seq, payload.length);
        byte[] f = ipFrame(Ipv4Packet.PROTOCOL_ICMP, t, t.length);
        stack.receive(f, 0, f.length);
    }

    /** The only frame sent since the last call, parsed as TCP; fails otherwise. */
    TcpSegment onlyTcpReply() {
        if (sent.size() != 1) {
            throw new AssertionError("expected exactly one frame, got " + sent.size());
        }
        byte[] f = sent.remove(0);
        Ipv4Packet ip = new Ipv4Packet();
        TcpSegment t = new TcpSegment();
        if (!ip.parse(f, 14, f.length - 14) || ip.protocol() != Ipv4Packet.PROTOCOL_TCP
                || ip.destination() != PEER_IP
                || !t.parse(f, ip.payloadOffset(), ip.payloadLength(), ip.source(), ip.destination())) {
            throw new AssertionError("not a valid TCP segment to the peer");
        }
        return t;
    }
}
