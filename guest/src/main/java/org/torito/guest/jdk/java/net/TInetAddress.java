package org.torito.guest.jdk.java.net;

import java.io.Serializable;
import java.net.UnknownHostException;

import org.torito.guest.Network;
import org.torito.packet.Ipv4Address;

/**
 * {@code java.net.InetAddress}, IPv4 only. A guest has no resolver: a host is an IPv4 literal,
 * "localhost", or an UnknownHostException with the message Linux's JDK gives for a name it
 * cannot resolve. Names are kept as given and never looked up in reverse, so an address made from
 * a literal has no host name ({@link #getHostName} answers the literal, as the JDK does when the
 * reverse lookup finds nothing).
 */
public class TInetAddress implements Serializable {
    final int address;
    final String hostName;

    TInetAddress(String hostName, int address) {
        this.hostName = hostName;
        this.address = address;
    }

    public static TInetAddress getByName(String host) throws UnknownHostException {
        if (host == null || host.isEmpty()) {
            return getLoopbackAddress();
        }
        if (host.equalsIgnoreCase("localhost")) {
            return new TInet4Address(host, Ipv4Address.of(127, 0, 0, 1));
        }
        long literal = Ipv4Address.parse(host);
        if (literal >= 0) {
            return new TInet4Address(null, (int) literal);
        }
        throw new UnknownHostException(host + ": Name or service not known");
    }

    public static TInetAddress[] getAllByName(String host) throws UnknownHostException {
        return new TInetAddress[] {getByName(host)};
    }

    public static TInetAddress getByAddress(byte[] address) throws UnknownHostException {
        return getByAddress(null, address);
    }

    public static TInetAddress getByAddress(String host, byte[] address) throws UnknownHostException {
        if (address == null || address.length != 4) {
            throw new UnknownHostException("addr is of illegal length");
        }
        return new TInet4Address(host, (address[0] & 0xFF) << 24 | (address[1] & 0xFF) << 16
                | (address[2] & 0xFF) << 8 | address[3] & 0xFF);
    }

    public static TInetAddress getLoopbackAddress() {
        return new TInet4Address("localhost", Ipv4Address.of(127, 0, 0, 1));
    }

    /** The VM's own address, named "localhost" as a JDK on a host without a name for itself would. */
    public static TInetAddress getLocalHost() throws UnknownHostException {
        return new TInet4Address("localhost", Network.address().address);
    }

    public String getHostAddress() {
        return Ipv4Address.toString(address);
    }

    public String getHostName() {
        return hostName != null ? hostName : getHostAddress();
    }

    public String getCanonicalHostName() {
        return getHostName();
    }

    public byte[] getAddress() {
        return new byte[] {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
    }

    public boolean isAnyLocalAddress() {
        return address == 0;
    }

    public boolean isLoopbackAddress() {
        return address >>> 24 == 127;
    }

    public boolean isSiteLocalAddress() {
        int a = address >>> 24;
        int b = address >>> 16 & 0xFF;
        return a == 10 || a == 172 && (b & 0xF0) == 16 || a == 192 && b == 168;
    }

    public boolean isLinkLocalAddress() {
        return address >>> 16 == (169 << 8 | 254);
    }

    public boolean isMulticastAddress() {
        return (address >>> 28) == 0xE;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TInetAddress a && a.address == address;
    }

    /** The JDK's: the address as an int. */
    @Override
    public int hashCode() {
        return address;
    }

    @Override
    public String toString() {
        return (hostName != null ? hostName : "") + "/" + getHostAddress();
    }
}
