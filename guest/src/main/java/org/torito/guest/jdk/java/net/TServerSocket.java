package org.torito.guest.jdk.java.net;

import java.io.Closeable;
import java.io.IOException;
import java.net.BindException;
import java.net.SocketException;

import org.torito.guest.Network;
import org.torito.tcpip.NetworkStack;
import org.torito.tcpip.TcpServerSocket;

/**
 * {@code java.net.ServerSocket} on this core's TCP/IP stack. {@link #accept} parks the calling
 * thread, not the core: the core's network loop (started on first use, Network.start) runs in a
 * thread of its own and wakes it. It listens on the core whose thread binds it; the monitor
 * steers each flow to one core, so a VM of several cores reaches this socket through the flows
 * it steers here (docs/java-api.md, "Sockets and cores").
 */
public class TServerSocket implements Closeable {
    /** The JDK's backlog when none is given, or one below 1. */
    private static final int DEFAULT_BACKLOG = 50;
    /** Where the guest picks a port for port 0: the IANA dynamic range. */
    private static final int FIRST_EPHEMERAL = 49152;

    private TcpServerSocket server;
    private TInetAddress bindAddress;
    private int timeout;
    private boolean reuseAddress = true;
    private int receiveBufferSize = 65536;
    private boolean closed;

    public TServerSocket() {
    }

    public TServerSocket(int port) throws IOException {
        this(port, DEFAULT_BACKLOG, null);
    }

    public TServerSocket(int port, int backlog) throws IOException {
        this(port, backlog, null);
    }

    public TServerSocket(int port, int backlog, TInetAddress bindAddr) throws IOException {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("Port value out of range: " + port);
        }
        bind(new TInetSocketAddress(bindAddr, port), backlog);
    }

    public void bind(TSocketAddress endpoint) throws IOException {
        bind(endpoint, DEFAULT_BACKLOG);
    }

    public void bind(TSocketAddress endpoint, int backlog) throws IOException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (server != null) {
            throw new SocketException("Already bound");
        }
        TInetSocketAddress at = endpoint == null ? new TInetSocketAddress(0) : (TInetSocketAddress) endpoint;
        if (at.isUnresolved()) {
            throw new SocketException("Unresolved address");
        }
        int queue = backlog < 1 ? DEFAULT_BACKLOG : backlog;
        NetworkStack stack = Network.stack();
        if (!stack.hasRoomForListener()) {
            // Not the JDK's message: HotSpot has no such limit (the host's is the open-file limit).
            throw new SocketException("Too many listening sockets: a core listens on at most "
                    + NetworkStack.MAX_LISTENERS + " ports at a time (docs/java-api.md)");
        }
        int port = at.getPort();
        if (port == 0) {
            port = FIRST_EPHEMERAL;
            while (port <= 0xFFFF && stack.listensOn(port)) {
                port++;
            }
        }
        if (port > 0xFFFF || stack.listensOn(port)) {
            throw new BindException("Address already in use");
        }
        server = new TcpServerSocket(stack, port, queue);
        // The loop starts once the port listens: opening the stack opened this core's queue, and
        // the monitor may steer a SYN here at once; the loop must not answer it with a reset.
        Network.start();
        bindAddress = at.getAddress();
    }

    public TSocket accept() throws IOException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (server == null) {
            throw new SocketException("Socket is not bound yet");
        }
        try {
            return new TSocket(server.accept(timeout));
        } catch (SocketException | java.net.SocketTimeoutException e) {
            throw e;
        } catch (IOException e) {
            if (server.isClosed()) {
                throw new SocketException("Socket closed");
            }
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            if (server != null) {
                server.close();
            }
        }
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean isBound() {
        return server != null;
    }

    public int getLocalPort() {
        return server == null ? -1 : server.port();
    }

    public TInetAddress getInetAddress() {
        return bindAddress;
    }

    public TSocketAddress getLocalSocketAddress() {
        return server == null ? null : new TInetSocketAddress(bindAddress, server.port());
    }

    public void setSoTimeout(int timeout) throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout < 0");
        }
        this.timeout = timeout;
    }

    public int getSoTimeout() throws IOException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        return timeout;
    }

    /** Kept for getReuseAddress: the guest's stack lets a port be listened on again at once. */
    public void setReuseAddress(boolean on) throws SocketException {
        reuseAddress = on;
    }

    public boolean getReuseAddress() throws SocketException {
        return reuseAddress;
    }

    /** Kept for getReceiveBufferSize: the guest's buffers are fixed (64 KiB per connection). */
    public void setReceiveBufferSize(int size) throws SocketException {
        if (size <= 0) {
            throw new IllegalArgumentException("negative receive size");
        }
        receiveBufferSize = size;
    }

    public int getReceiveBufferSize() throws SocketException {
        return receiveBufferSize;
    }

    @Override
    public String toString() {
        if (server == null) {
            return "ServerSocket[unbound]";
        }
        return "ServerSocket[addr=" + bindAddress + ",localport=" + server.port() + "]";
    }
}
