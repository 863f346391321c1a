package org.torito.tcpip;

import org.torito.packet.Ipv4Address;

/**
 * The guest's IPv4 address, netmask and gateway, as the monitor gives them on the command line:
 * the value of the word {@code torito.net=10.0.3.15/24,10.0.3.1} (docs/boot-abi.md, "Network
 * address"); the gateway part is optional. Without the word the guest is on the monitor's
 * user-mode network: {@link #USER_NETWORK}.
 */
public final class InterfaceAddress {
    /** 10.0.2.15/24, gateway 10.0.2.2 (docs/user-network.md). */
    public static final InterfaceAddress USER_NETWORK = new InterfaceAddress(Ipv4Address.of(10, 0, 2, 15),
            0xFFFFFF00, Ipv4Address.of(10, 0, 2, 2));

    public final int address;
    public final int netmask;
    /** 0 when there is none: the guest reaches only its own subnet. */
    public final int gateway;

    public InterfaceAddress(int address, int netmask, int gateway) {
        this.address = address;
        this.netmask = netmask;
        this.gateway = gateway;
    }

    /** Parses {@code a.b.c.d/prefix[,e.f.g.h]}; null when the text is not that. */
    public static InterfaceAddress parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return null;
        }
        int comma = text.indexOf(',', slash);
        long address = Ipv4Address.parse(text.substring(0, slash));
        String prefixText = comma < 0 ? text.substring(slash + 1) : text.substring(slash + 1, comma);
        long gateway = comma < 0 ? 0 : Ipv4Address.parse(text.substring(comma + 1));
        if (address < 0 || gateway < 0 || prefixText.isEmpty() || prefixText.length() > 2) {
            return null;
        }
        int prefix = 0;
        for (int i = 0; i < prefixText.length(); i++) {
            char c = prefixText.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            prefix = prefix * 10 + (c - '0');
        }
        if (prefix < 1 || prefix > 30) {
            return null;
        }
        int mask = (int) (0xFFFF_FFFFL << (32 - prefix));
        return new InterfaceAddress((int) address, mask, (int) gateway);
    }

    @Override
    public String toString() {
        return Ipv4Address.toString(address) + "/" + Integer.bitCount(netmask)
                + (gateway == 0 ? "" : " gateway " + Ipv4Address.toString(gateway));
    }
}
