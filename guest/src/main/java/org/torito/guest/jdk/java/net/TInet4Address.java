package org.torito.guest.jdk.java.net;

/** {@code java.net.Inet4Address}: every address a guest has is one. */
public final class TInet4Address extends TInetAddress {
    TInet4Address(String hostName, int address) {
        super(hostName, address);
    }
}
