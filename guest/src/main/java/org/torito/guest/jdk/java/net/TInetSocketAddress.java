package org.torito.guest.jdk.java.net;

import java.net.UnknownHostException;

/** {@code java.net.InetSocketAddress}: an IPv4 address (or an unresolved host name) and a port. */
public class TInetSocketAddress extends TSocketAddress {
    private final String hostName;
    private final TInetAddress address;
    private final int port;

    public TInetSocketAddress(int port) {
        this((TInetAddress) null, port);
    }

    /** A null address is the wildcard, 0.0.0.0. */
    public TInetSocketAddress(TInetAddress address, int port) {
        this.port = checkPort(port);
        this.address = address != null ? address : new TInet4Address("0.0.0.0", 0);
        this.hostName = null;
    }

    /** Resolves {@code hostname} now; one that does not resolve makes an unresolved address, as the JDK does. */
    public TInetSocketAddress(String hostname, int port) {
        this.port = checkPort(port);
        if (hostname == null) {
            throw new IllegalArgumentException("hostname can't be null");
        }
        TInetAddress resolved;
        try {
            resolved = TInetAddress.getByName(hostname);
        } catch (UnknownHostException e) {
            resolved = null;
        }
        this.address = resolved;
        this.hostName = hostname;
    }

    private TInetSocketAddress(String hostname, int port, boolean unresolved) {
        this.port = checkPort(port);
        this.address = null;
        this.hostName = hostname;
    }

    public static TInetSocketAddress createUnresolved(String host, int port) {
        if (host == null) {
            throw new IllegalArgumentException("hostname can't be null");
        }
        return new TInetSocketAddress(host, port, true);
    }

    private static int checkPort(int port) {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        return port;
    }

    public final int getPort() {
        return port;
    }

    public final TInetAddress getAddress() {
        return address;
    }

    public final String getHostName() {
        return hostName != null ? hostName : address.getHostName();
    }

    public final String getHostString() {
        if (hostName != null) {
            return hostName;
        }
        return address.hostName != null ? address.hostName : address.getHostAddress();
    }

    public final boolean isUnresolved() {
        return address == null;
    }

    /** The JDK's since 14: {@code host/1.2.3.4:80}, {@code host/<unresolved>:80}. */
    @Override
    public String toString() {
        String host = address == null ? hostName + "/<unresolved>" : address.toString();
        return host + ":" + port;
    }

    @Override
    public final boolean equals(Object other) {
        if (!(other instanceof TInetSocketAddress that) || that.port != port) {
            return false;
        }
        if (address != null) {
            return address.equals(that.address);
        }
        return that.address == null && hostName.equalsIgnoreCase(that.hostName);
    }

    @Override
    public final int hashCode() {
        return address != null ? address.hashCode() + port : hostName.toLowerCase(java.util.Locale.ROOT).hashCode() + port;
    }
}
