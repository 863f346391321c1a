package org.torito.tcpip;

import org.torito.packet.Ipv4Packet;
import org.torito.packet.UdpDatagram;

/** A bound UDP port with a bounded queue of received datagrams (oldest kept, newest dropped). */
public final class UdpSocket {
    static final int QUEUE = 16;

    private final NetworkStack stack;
    private final int port;
    private final byte[][] data;
    private final int[] lengths = new int[QUEUE];
    private final int[] sources = new int[QUEUE];
    private final int[] sourcePorts = new int[QUEUE];
    private int head;
    private int count;
    private int lastSource;
    private int lastSourcePort;
    private long dropped;
    boolean closed;

    UdpSocket(NetworkStack stack, int port, int maxPayload) {
        this.stack = stack;
        this.port = port;
        this.data = new byte[QUEUE][maxPayload];
    }

    public int port() {
        return port;
    }

    void deliver(int source, int sourcePort, byte[] b, int off, int len) {
        if (count == QUEUE || len > data[0].length) {
            dropped++;
            return;
        }
        int slot = (head + count) % QUEUE;
        System.arraycopy(b, off, data[slot], 0, len);
        lengths[slot] = len;
        sources[slot] = source;
        sourcePorts[slot] = sourcePort;
        count++;
    }

    /**
     * Copies the next datagram (truncated to {@code len}) and returns its full length, or -1
     * when none is queued. The sender is then in {@link #lastSource()}/{@link #lastSourcePort()}.
     */
    public int receive(byte[] b, int off, int len) {
        if (count == 0) {
            return -1;
        }
        int n = lengths[head];
        System.arraycopy(data[head], 0, b, off, Math.min(n, len));
        lastSource = sources[head];
        lastSourcePort = sourcePorts[head];
        head = (head + 1) % QUEUE;
        count--;
        return n;
    }

    public int pending() {
        return count;
    }

    public int lastSource() {
        return lastSource;
    }

    public int lastSourcePort() {
        return lastSourcePort;
    }

    /** Datagrams dropped because the queue was full or they did not fit. */
    public long dropped() {
        return dropped;
    }

    /** Sends one datagram; false when it is too large for the MTU or the socket is closed. */
    public boolean sendTo(int address, int destinationPort, byte[] b, int off, int len) {
        int max = stack.config().mtu() - Ipv4Packet.HEADER_LENGTH - UdpDatagram.HEADER_LENGTH;
        if (closed || len < 0 || len > max) {
            return false;
        }
        return stack.sendUdp(port, address, destinationPort, b, off, len);
    }

    public void close() {
        closed = true;
        stack.removeUdp(this);
    }
}
