package org.torito.vmm.net.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.torito.packet.Ipv4Address;

class ForwardRuleTest {
    @Test
    void parsesAddressPortAndProtocol() {
        ForwardRule r = ForwardRule.parse("0.0.0.0:8080", 80, "tcp");
        assertEquals(new ForwardRule(ForwardRule.Protocol.TCP, 0, 8080, 80), r);
        assertEquals("tcp 0.0.0.0:8080 -> guest 80", r.toString());
        ForwardRule u = ForwardRule.parse(":5353", 53, "udp");
        assertEquals(Ipv4Address.of(127, 0, 0, 1), u.hostAddress(), "no address means loopback only");
        assertEquals(ForwardRule.Protocol.UDP, u.protocol());
        assertEquals(ForwardRule.Protocol.TCP, ForwardRule.parse("127.0.0.1:1", 2, null).protocol());
    }

    @Test
    void badInputNamesTheFieldAndValue() {
        assertEquals("host: \"8080\" has no port (expected \"127.0.0.1:8080\")", error("8080", 80, "tcp"));
        assertEquals("host: port \"70000\" in \"127.0.0.1:70000\" is not 0..65535", error("127.0.0.1:70000", 80, "tcp"));
        assertEquals("host: port \"\" in \"127.0.0.1:\" is not 0..65535", error("127.0.0.1:", 80, "tcp"));
        assertEquals("host: \"[::1]\" in \"[::1]:8080\" is not an IPv4 address (IPv6 is not supported)",
                error("[::1]:8080", 80, "tcp"));
        assertEquals("host: \"300.1.1.1\" in \"300.1.1.1:80\" is not an IPv4 address (IPv6 is not supported)",
                error("300.1.1.1:80", 80, "tcp"));
        assertEquals("guest: port 0 is outside 1..65535", error(":8080", 0, "tcp"));
        assertEquals("proto: \"sctp\" is not \"tcp\" or \"udp\"", error(":8080", 80, "sctp"));
        assertEquals("host: missing (expected \"127.0.0.1:8080\" or \":8080\")", error(null, 80, "tcp"));
    }

    private static String error(String host, int guest, String proto) {
        return assertThrows(IllegalArgumentException.class, () -> ForwardRule.parse(host, guest, proto)).getMessage();
    }
}
