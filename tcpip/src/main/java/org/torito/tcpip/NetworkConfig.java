package org.torito.tcpip;

import org.torito.packet.Ipv4Address;
import org.torito.packet.MacAddress;

/**
 * Static configuration of one stack instance: addresses and every limit. Setters validate and
 * return this; a bad value throws IllegalArgumentException naming the field and the value.
 */
public final class NetworkConfig {
    private static final long MS = 1_000_000L;

    private final long mac;
    private final int address;
    private final int netmask;
    private final int gateway;
    private int mtu = 1500;
    private int receiveBuffer = 128 * 1024;
    private int sendBuffer = 128 * 1024;
    private int maxConnections = 256;
    private long mslNanos = 2_000 * MS;
    private long minRtoNanos = 200 * MS;
    private long initialRtoNanos = 1_000 * MS;
    private long maxRtoNanos = 60_000 * MS;
    private int maxRetransmissions = 12;
    private long delayedAckNanos = 40 * MS;
    private long isnSecret = 0x5DEECE66DL;
    private int firstEphemeralPort = FIRST_EPHEMERAL_PORT;
    private int ephemeralPortCount = 65536 - FIRST_EPHEMERAL_PORT;

    /** Where the local ports of active opens start (RFC 6335's dynamic range). */
    public static final int FIRST_EPHEMERAL_PORT = 49152;

    public NetworkConfig(long mac, int address, int netmask, int gateway) {
        if (mac < 0 || mac > 0xFFFF_FFFF_FFFFL || MacAddress.isMulticast(mac)) {
            throw new IllegalArgumentException("mac: not a unicast Ethernet address: " + mac);
        }
        if (!Ipv4Address.isNetmask(netmask)) {
            throw new IllegalArgumentException("netmask: not contiguous: " + Ipv4Address.toString(netmask));
        }
        this.mac = mac;
        this.address = address;
        this.netmask = netmask;
        this.gateway = gateway;
    }

    private static int check(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + ": " + value + " is outside [" + min + ", " + max + "]");
        }
        return (int) value;
    }

    /** IP MTU; MSS announced is mtu - 40 (>= 1460 at the default 1500). */
    public NetworkConfig mtu(int v) {
        mtu = check("mtu", v, 576, 65535);
        return this;
    }

    /** Per-connection receive buffer: the largest window we advertise (scaled above 64 KiB). */
    public NetworkConfig receiveBuffer(int v) {
        receiveBuffer = check("receiveBuffer", v, 1024, 1 << 30);
        return this;
    }

    public NetworkConfig sendBuffer(int v) {
        sendBuffer = check("sendBuffer", v, 1024, 1 << 30);
        return this;
    }

    public NetworkConfig maxConnections(int v) {
        maxConnections = check("maxConnections", v, 1, 1 << 20);
        return this;
    }

    /** Maximum segment lifetime; TIME-WAIT lasts twice this. Short on a LAN-ish guest. */
    public NetworkConfig mslNanos(long v) {
        check("mslNanos", v, 0, Long.MAX_VALUE / 4);
        mslNanos = v;
        return this;
    }

    public NetworkConfig minRtoNanos(long v) {
        check("minRtoNanos", v, MS, 60_000 * MS);
        minRtoNanos = v;
        return this;
    }

    public NetworkConfig maxRetransmissions(int v) {
        maxRetransmissions = check("maxRetransmissions", v, 1, 30);
        return this;
    }

    public NetworkConfig delayedAckNanos(long v) {
        check("delayedAckNanos", v, 0, 500 * MS);
        delayedAckNanos = v;
        return this;
    }

    /**
     * This stack's share of the dynamic port range when {@code stacks} stacks share one address,
     * as every core's does: the i-th of them picks local ports for its active opens only from the
     * i-th slice, so two cores never open the same 4-tuple.
     */
    public NetworkConfig ephemeralShare(int index, int stacks) {
        check("stacks", stacks, 1, 1024);
        check("index", index, 0, stacks - 1);
        int slice = (65536 - FIRST_EPHEMERAL_PORT) / stacks;
        firstEphemeralPort = FIRST_EPHEMERAL_PORT + index * slice;
        ephemeralPortCount = slice;
        return this;
    }

    /** Per-boot secret for ISNs; feed it from a hardware random source. */
    public NetworkConfig isnSecret(long v) {
        isnSecret = v;
        return this;
    }

    public long mac() {
        return mac;
    }

    public int firstEphemeralPort() {
        return firstEphemeralPort;
    }

    public int ephemeralPortCount() {
        return ephemeralPortCount;
    }

    public int address() {
        return address;
    }

    public int netmask() {
        return netmask;
    }

    public int gateway() {
        return gateway;
    }

    public int mtu() {
        return mtu;
    }

    public int receiveBuffer() {
        return receiveBuffer;
    }

    public int sendBuffer() {
        return sendBuffer;
    }

    public int maxConnections() {
        return maxConnections;
    }

    public long mslNanos() {
        return mslNanos;
    }

    public long minRtoNanos() {
        return minRtoNanos;
    }

    public long initialRtoNanos() {
        return initialRtoNanos;
    }

    public long maxRtoNanos() {
        return maxRtoNanos;
    }

    public int maxRetransmissions() {
        return maxRetransmissions;
    }

    public long delayedAckNanos() {
        return delayedAckNanos;
    }

    public long isnSecret() {
        return isnSecret;
    }
}
