package org.torito.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AddressTest {
    @Test
    void macRoundTrip() {
        long mac = MacAddress.parse("52:54:00:ab:cd:ef");
        assertEquals(0x525400ABCDEFL, mac);
        assertEquals("52:54:00:ab:cd:ef", MacAddress.toString(mac));
        byte[] b = new byte[8];
        MacAddress.write(b, 1, mac);
        assertEquals(mac, MacAddress.read(b, 1));
        assertTrue(MacAddress.isMulticast(MacAddress.BROADCAST));
        assertFalse(MacAddress.isMulticast(mac));
    }

    @Test
    void badMacTextIsRejected() {
        assertEquals(-1, MacAddress.parse("52:54:00:ab:cd"));
        assertEquals(-1, MacAddress.parse("52:54:00:ab:cd:eg"));
        assertEquals(-1, MacAddress.parse("52.54:00:ab:cd:ef"));
        assertEquals(-1, MacAddress.parse(null));
    }

    @Test
    void ipv4RoundTrip() {
        assertEquals(Ipv4Address.of(10, 0, 2, 15), (int) Ipv4Address.parse("10.0.2.15"));
        assertEquals("255.255.255.0", Ipv4Address.toString(Ipv4Address.of(255, 255, 255, 0)));
        assertEquals(0xFFFFFFFFL, Ipv4Address.parse("255.255.255.255"));
    }

    @Test
    void badIpv4TextIsRejected() {
        for (String s : new String[] {"", "1.2.3", "1.2.3.4.", "1.2.3.256", "1..3.4", "a.b.c.d", "1.2.3.4 ", "1234.1.1.1"}) {
            assertEquals(-1, Ipv4Address.parse(s), s);
        }
    }

    @Test
    void netmaskMustBeContiguous() {
        assertTrue(Ipv4Address.isNetmask(0xFFFFFF00));
        assertTrue(Ipv4Address.isNetmask(0));
        assertTrue(Ipv4Address.isNetmask(-1));
        assertFalse(Ipv4Address.isNetmask(0xFF00FF00));
    }
}
