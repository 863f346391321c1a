package org.torito.vmm.config;

import java.util.List;

import org.torito.vmm.net.user.ForwardRule;

/**
 * One entry of a config's {@code "nets"}: a virtio-net device and the backend behind it.
 * Only the user-mode backend exists so far ({@code "user"}, with its port forwards).
 */
public record NetDeviceConfig(String backend, List<ForwardRule> forwards) {
    public static final String USER = "user";

    public NetDeviceConfig {
        forwards = List.copyOf(forwards);
    }
}
