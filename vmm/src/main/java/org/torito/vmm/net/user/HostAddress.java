package org.torito.vmm.net.user;

import org.torito.packet.Ipv4Address;

/** An IPv4 address and port on the host, as a config spells it: "a.b.c.d:port" or ":port". */
public record HostAddress(int ip, int port) {

    /**
     * Parses {@code text}; ":port" means 127.0.0.1, so nothing beyond this machine is involved
     * unless asked for. Errors are one line starting with "host: " and quoting the value.
     */
    public static HostAddress parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("host: missing (expected \"127.0.0.1:8080\" or \":8080\")");
        }
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("host: \"" + text + "\" has no port (expected \"127.0.0.1:8080\")");
        }
        String address = text.substring(0, colon);
        String port = text.substring(colon + 1);
        long ip = address.isEmpty() ? Ipv4Address.of(127, 0, 0, 1) : Ipv4Address.parse(address);
        if (ip < 0) {
            throw new IllegalArgumentException("host: \"" + address + "\" in \"" + text
                    + "\" is not an IPv4 address (IPv6 is not supported)");
        }
        int portNumber = -1;
        if (!port.isEmpty() && port.length() <= 5 && port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            portNumber = Integer.parseInt(port);
        }
        if (portNumber < 0 || portNumber > 65535) {
            throw new IllegalArgumentException("host: port \"" + port + "\" in \"" + text + "\" is not 0..65535");
        }
        return new HostAddress((int) ip, portNumber);
    }

    /** "127.0.0.1:8080". */
    @Override
    public String toString() {
        return Ipv4Address.toString(ip) + ":" + port;
    }
}
