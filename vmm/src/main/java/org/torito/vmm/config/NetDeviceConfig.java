package org.torito.vmm.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.torito.vmm.net.GuestAddress;
import org.torito.vmm.net.user.ForwardRule;
import org.torito.vmm.net.user.OutboundRule;

/**
 * One entry of a config's {@code "nets"}: a virtio-net device and the backend behind it. The
 * user-mode backend ({@code "user"}) has port forwards, outbound rules (gateway ports the guest
 * may connect to, each leading to a host address) and the fixed address 10.0.2.15/24; a
 * TAP backend ({@code "tap"}) has a host interface and the guest's address on it. Either may
 * record every frame the guest sends and receives into a pcap file ({@code pcap}, null for none).
 */
public record NetDeviceConfig(String backend, List<ForwardRule> forwards, List<OutboundRule> outbound, String ifname,
                              GuestAddress address, Path pcap) {
    public static final String USER = "user";
    public static final String TAP = "tap";

    public NetDeviceConfig {
        forwards = List.copyOf(forwards);
        outbound = List.copyOf(outbound);
        Objects.requireNonNull(address, "address");
        if (TAP.equals(backend) && ifname == null) {
            throw new IllegalArgumentException("a tap device needs an interface name");
        }
    }

    /** A user-mode network with its port forwards. */
    public NetDeviceConfig(String backend, List<ForwardRule> forwards) {
        this(backend, forwards, List.of(), null, GuestAddress.USER_NETWORK, null);
    }

    /** A TAP device: the host interface {@code ifname}, the guest at {@code address}. */
    public static NetDeviceConfig tap(String ifname, GuestAddress address) {
        return new NetDeviceConfig(TAP, List.of(), List.of(), ifname, address, null);
    }

    /** This device, recording its frames into {@code file} (null: not at all). */
    public NetDeviceConfig withPcap(Path file) {
        return new NetDeviceConfig(backend, forwards, outbound, ifname, address, file);
    }

    /** This user-mode network, with {@code rules} for connections from the guest to the host. */
    public NetDeviceConfig withOutbound(List<OutboundRule> rules) {
        return new NetDeviceConfig(backend, forwards, rules, ifname, address, pcap);
    }

    public boolean isTap() {
        return TAP.equals(backend);
    }
}
