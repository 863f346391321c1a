package org.torito.vmm.net.user;

import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One UDP forward rule: its host socket and its associations. Each host sender gets its own
 * gateway port, so the guest's replies (to that port) go back to that sender. Associations are
 * bounded; the least recently used one is forgotten first.
 */
final class UdpForward {
    static final int MAX_ASSOCIATIONS = 256;

    final ForwardRule rule;
    final DatagramChannel channel;
    private final LinkedHashMap<InetSocketAddress, Integer> byPeer = new LinkedHashMap<>(16, 0.75f, true);

    UdpForward(ForwardRule rule, DatagramChannel channel) {
        this.rule = rule;
        this.channel = channel;
    }

    Integer portOf(InetSocketAddress peer) {
        return byPeer.get(peer);
    }

    void associate(InetSocketAddress peer, int gatewayPort) {
        byPeer.put(peer, gatewayPort);
    }

    /** Forgets the least recently used association when full; returns its gateway port or -1. */
    int evictIfFull() {
        if (byPeer.size() < MAX_ASSOCIATIONS) {
            return -1;
        }
        Iterator<Map.Entry<InetSocketAddress, Integer>> it = byPeer.entrySet().iterator();
        int port = it.next().getValue();
        it.remove();
        return port;
    }
}
