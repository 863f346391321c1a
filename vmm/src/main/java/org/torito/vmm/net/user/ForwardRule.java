package org.torito.vmm.net.user;

import org.torito.packet.Ipv4Address;

/**
 * One port forward: connections (or datagrams) to {@code hostAddress:hostPort} on the host go
 * to {@code guestPort} in the guest. Host port 0 binds any free port (tests use it).
 */
public record ForwardRule(Protocol protocol, int hostAddress, int hostPort, int guestPort) {
    public enum Protocol {
        TCP, UDP
    }

    public ForwardRule {
        if (protocol == null) {
            throw new IllegalArgumentException("proto: missing");
        }
        if (hostPort < 0 || hostPort > 65535) {
            throw new IllegalArgumentException("host: port " + hostPort + " is outside 0..65535");
        }
        if (guestPort < 1 || guestPort > 65535) {
            throw new IllegalArgumentException("guest: port " + guestPort + " is outside 1..65535");
        }
    }

    /**
     * Parses a rule as the config spells it: {@code host} is "a.b.c.d:port" or ":port" (which
     * means 127.0.0.1, so nothing is exposed beyond this machine unless asked for), {@code proto}
     * is "tcp" or "udp" (null means tcp). Errors are one line naming the field and the value.
     */
    public static ForwardRule parse(String host, int guestPort, String proto) {
        Protocol p;
        if (proto == null || proto.equals("tcp")) {
            p = Protocol.TCP;
        } else if (proto.equals("udp")) {
            p = Protocol.UDP;
        } else {
            throw new IllegalArgumentException("proto: \"" + proto + "\" is not \"tcp\" or \"udp\"");
        }
        HostAddress address = HostAddress.parse(host);
        if (guestPort < 1 || guestPort > 65535) {
            throw new IllegalArgumentException("guest: port " + guestPort + " is outside 1..65535");
        }
        return new ForwardRule(p, address.ip(), address.port(), guestPort);
    }

    /** "tcp 127.0.0.1:8080 -> guest 80", for messages. */
    @Override
    public String toString() {
        return protocol.name().toLowerCase() + " " + Ipv4Address.toString(hostAddress) + ":" + hostPort
                + " -> guest " + guestPort;
    }
}
