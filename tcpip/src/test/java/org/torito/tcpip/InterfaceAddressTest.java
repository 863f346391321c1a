package org.torito.tcpip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.torito.packet.Ipv4Address;

/** The value of the monitor's torito.net= word, as the guest reads it. */
class InterfaceAddressTest {
    @Test
    void readsAddressPrefixAndGateway() {
        InterfaceAddress a = InterfaceAddress.parse("10.0.3.15/24,10.0.3.1");
        assertEquals(Ipv4Address.of(10, 0, 3, 15), a.address);
        assertEquals(0xFFFFFF00, a.netmask);
        assertEquals(Ipv4Address.of(10, 0, 3, 1), a.gateway);
        assertEquals("10.0.3.15/24 gateway 10.0.3.1", a.toString());
    }

    @Test
    void theGatewayIsOptional() {
        InterfaceAddress a = InterfaceAddress.parse("192.168.7.2/30");
        assertEquals(0xFFFFFFFC, a.netmask);
        assertEquals(0, a.gateway);
        assertEquals("192.168.7.2/30", a.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10.0.3.15", "10.0.3.15/", "10.0.3.15/0", "10.0.3.15/31", "10.0.3.15/x",
            "10.0.3/24", "10.0.3.15/24,", "10.0.3.15/24,gw", "10.0.3.15/024"})
    void anythingElseIsNotAnAddress(String text) {
        assertNull(InterfaceAddress.parse(text));
    }
}
