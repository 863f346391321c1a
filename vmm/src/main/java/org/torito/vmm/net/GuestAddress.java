package org.torito.vmm.net;

import org.torito.packet.Ipv4Address;
import org.torito.vmm.config.ShownValue;

/**
 * The guest's IPv4 address, subnet and gateway on a network device. The monitor tells the
 * guest with one word on its command line, {@code torito.net=10.0.3.15/24,10.0.3.1}
 * (docs/boot-abi.md, "Network address"); without that word the guest takes
 * {@link #USER_NETWORK}'s.
 */
public record GuestAddress(int address, int prefixLength, int gateway) {
    /** {@link #gateway} when the guest has none: it reaches only its own subnet. */
    public static final int NO_GATEWAY = 0;
    /** The command-line word's prefix; the guest's platform layer drops the word from argv. */
    public static final String KERNEL_ARGUMENT = "torito.net=";
    /** The user-mode network's guest (docs/user-network.md), and the guest's default. */
    public static final GuestAddress USER_NETWORK = new GuestAddress(Ipv4Address.of(10, 0, 2, 15), 24,
            Ipv4Address.of(10, 0, 2, 2));
    public static final int MIN_PREFIX = 1;
    /** /31 and /32 have no room for a gateway beside the guest; point-to-point is not modelled. */
    public static final int MAX_PREFIX = 30;

    public GuestAddress {
        if (prefixLength < MIN_PREFIX || prefixLength > MAX_PREFIX) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " is not " + MIN_PREFIX + ".."
                    + MAX_PREFIX);
        }
        String problem = hostProblem(address, netmask(prefixLength));
        if (problem != null) {
            throw new IllegalArgumentException(Ipv4Address.toString(address) + "/" + prefixLength + " " + problem);
        }
        if (gateway != NO_GATEWAY) {
            String gatewayProblem = gatewayProblem(address, prefixLength, gateway);
            if (gatewayProblem != null) {
                throw new IllegalArgumentException("gateway " + Ipv4Address.toString(gateway) + " " + gatewayProblem);
            }
        }
    }

    /**
     * Parses the guest's address in CIDR form, e.g. {@code "10.0.3.15/24"}, and its gateway (null:
     * none). The message of an {@link IllegalArgumentException} starts with the field it is about,
     * {@code "address: "} or {@code "gateway: "}, then quotes the text and says why.
     */
    public static GuestAddress parse(String cidr, String gatewayText) {
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("address: " + quote(cidr) + " has no prefix length (write it as e.g. \"10.0.3.15/24\")");
        }
        long ip = Ipv4Address.parse(cidr.substring(0, slash));
        if (ip < 0) {
            throw new IllegalArgumentException("address: " + quote(cidr.substring(0, slash)) + " in " + quote(cidr)
                    + " is not an IPv4 address");
        }
        String prefixText = cidr.substring(slash + 1);
        int prefix = -1;
        if (prefixText.matches("[0-9]{1,2}")) {
            prefix = Integer.parseInt(prefixText);
        }
        if (prefix < MIN_PREFIX || prefix > MAX_PREFIX) {
            throw new IllegalArgumentException("address: prefix length " + quote(prefixText) + " in " + quote(cidr) + " is not "
                    + MIN_PREFIX + ".." + MAX_PREFIX);
        }
        String problem = hostProblem((int) ip, netmask(prefix));
        if (problem != null) {
            throw new IllegalArgumentException("address: " + quote(cidr) + " " + problem);
        }
        int gw = NO_GATEWAY;
        if (gatewayText != null) {
            gw = parseGateway(gatewayText, (int) ip, prefix);
        }
        return new GuestAddress((int) ip, prefix, gw);
    }

    /** The gateway's text checked against the guest's subnet; the message starts "gateway: ". */
    private static int parseGateway(String text, int address, int prefix) {
        long gw = Ipv4Address.parse(text);
        if (gw < 0) {
            throw new IllegalArgumentException("gateway: " + quote(text) + " is not an IPv4 address");
        }
        String problem = gatewayProblem(address, prefix, (int) gw);
        if (problem != null) {
            throw new IllegalArgumentException("gateway: " + quote(text) + " " + problem);
        }
        return (int) gw;
    }

    private static String gatewayProblem(int address, int prefix, int gateway) {
        int mask = netmask(prefix);
        if ((gateway & mask) != (address & mask)) {
            return "is outside the guest's subnet " + Ipv4Address.toString(address & mask) + "/" + prefix;
        }
        if (gateway == address) {
            return "is the guest's own address";
        }
        return hostProblem(gateway, mask);
    }

    private static String hostProblem(int ip, int mask) {
        if ((ip & ~mask) == 0) {
            return "is its subnet's network address, not a host";
        }
        if ((ip | mask) == -1) {
            return "is its subnet's broadcast address, not a host";
        }
        return null;
    }

    private static int netmask(int prefix) {
        return (int) (0xFFFF_FFFFL << (32 - prefix));
    }

    private static String quote(String text) {
        return ShownValue.of(text);
    }

    public int netmask() {
        return netmask(prefixLength);
    }

    public boolean hasGateway() {
        return gateway != NO_GATEWAY;
    }

    /** {@code "10.0.3.15/24"}. */
    public String cidr() {
        return Ipv4Address.toString(address) + "/" + prefixLength;
    }

    /** The command-line word: {@code torito.net=10.0.3.15/24,10.0.3.1}, without the comma part when there is no gateway. */
    public String kernelArgument() {
        return KERNEL_ARGUMENT + cidr() + (hasGateway() ? "," + Ipv4Address.toString(gateway) : "");
    }
}
