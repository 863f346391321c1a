package org.torito.packet;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every parser survives truncation and random bytes without throwing or looping. */
class HostileInputTest {
    final EthernetFrame eth = new EthernetFrame();
    final ArpPacket arp = new ArpPacket();
    final Ipv4Packet ip = new Ipv4Packet();
    final IcmpMessage icmp = new IcmpMessage();
    final UdpDatagram udp = new UdpDatagram();
    final TcpSegment tcp = new TcpSegment();
    final DhcpMessage dhcp = new DhcpMessage();

    void parseAll(byte[] b, int off, int len) {
        eth.parse(b, off, len);
        arp.parse(b, off, len);
        if (ip.parse(b, off, len)) {
            ip.payloadOffset();
        }
        icmp.parse(b, off, len);
        udp.parse(b, off, len, 1, 2);
        tcp.parse(b, off, len, 1, 2);
        dhcp.parse(b, off, len);
        if (dhcp.parse(b, off, len)) {
            dhcp.messageType();
            dhcp.intOption(DhcpMessage.OPTION_ROUTER, 0);
        }
    }

    @Test
    void randomBytesNeverThrow() {
        Random r = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            byte[] b = new byte[r.nextInt(600)];
            r.nextBytes(b);
            if (b.length > 0 && r.nextBoolean()) {
                b[0] = 0x45;
            }
            int off = b.length == 0 ? 0 : r.nextInt(b.length);
            parseAll(b, off, b.length - off);
            parseAll(b, 0, b.length);
        }
    }

    @Test
    void lengthsOutsideTheArrayAreInvalid() {
        byte[] b = new byte[300];
        int[][] ranges = {{0, 301}, {-5, 50}, {299, 2}, {0, -1}, {Integer.MAX_VALUE, 20}, {10, Integer.MAX_VALUE}};
        for (int[] r : ranges) {
            assertFalse(eth.parse(b, r[0], r[1]));
            assertFalse(arp.parse(b, r[0], r[1]));
            assertFalse(ip.parse(b, r[0], r[1]));
            assertFalse(icmp.parse(b, r[0], r[1]));
            assertFalse(udp.parse(b, r[0], r[1], 0, 0));
            assertFalse(tcp.parse(b, r[0], r[1], 0, 0));
            assertFalse(dhcp.parse(b, r[0], r[1]));
        }
    }

    @Test
    void everyTruncationOfAValidTcpSegmentIsInvalid() {
        byte[] b = new byte[28 + 10];
        int a = 1;
        int d = 2;
        TcpSegment.write(b, 0, 1, 2, 3, 4, TcpSegment.SYN, 5, 1460, 3, 10, a, d);
        for (int len = 0; len < b.length; len++) {
            assertFalse(tcp.parse(b, 0, len, a, d), "length " + len);
        }
    }
}
