package org.torito.tcpip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NetworkConfigTest {

    private static NetworkConfig config() {
        return new NetworkConfig(VirtualWire.MAC_A, VirtualWire.IP_A, VirtualWire.MASK, VirtualWire.IP_B)
                .maxConnections(64);
    }

    /** Every core's stack has the same address: their active opens must never share a local port. */
    @Test
    void stacksSharingAnAddressOpenFromDisjointPortSlices() {
        Set<Integer> seen = new HashSet<>();
        for (int core = 0; core < 3; core++) {
            NetworkConfig c = config().ephemeralShare(core, 3);
            NetworkStack stack = new NetworkStack(c, (f, off, len) -> true, new FakeClock());
            int slice = (65536 - NetworkConfig.FIRST_EPHEMERAL_PORT) / 3;
            int first = NetworkConfig.FIRST_EPHEMERAL_PORT + core * slice;
            for (int i = 0; i < 40; i++) {
                int port = stack.connect(VirtualWire.IP_B, 80).localPort();
                assertTrue(port >= first && port < first + slice, "core " + core + " opened from port " + port);
                assertTrue(seen.add(port), "port " + port + " opened twice");
            }
        }
        assertEquals(120, seen.size());
    }

    @Test
    void aShareOutsideTheStacksIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> config().ephemeralShare(2, 2));
        assertEquals("index: 2 is outside [0, 1]", e.getMessage());
    }
}
