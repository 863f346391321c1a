package org.torito.vmm.net.user;

/**
 * A port on the gateway (10.0.2.2) the guest may connect to, and the host address each such
 * connection is made to. The guest reaches nothing on the host that no rule names.
 */
public record OutboundRule(int gatewayPort, HostAddress host) {

    public OutboundRule {
        if (gatewayPort < 1 || gatewayPort > 65535) {
            throw new IllegalArgumentException("port: " + gatewayPort + " is outside 1..65535");
        }
        if (host.port() < 1) {
            throw new IllegalArgumentException("host: port 0 in \"" + host + "\" cannot be connected to");
        }
    }

    /** As the config spells it; errors are one line naming the field ("port: ..." or "host: ..."). */
    public static OutboundRule parse(int gatewayPort, String host) {
        return new OutboundRule(gatewayPort, HostAddress.parse(host));
    }

    /** "gateway 5432 -> host 127.0.0.1:5432", for messages. */
    @Override
    public String toString() {
        return "gateway " + gatewayPort + " -> host " + host;
    }
}
