package org.torito.guest.jdk.java.net;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;

import org.torito.guest.Network;
import org.torito.tcpip.TcpSocket;

/**
 * {@code java.net.Socket} on this core's TCP/IP stack: reads and writes park the calling thread
 * until the core's network loop wakes it; {@link #setSoTimeout} bounds a read
 * (SocketTimeoutException "Read timed out", the socket stays usable); a reset peer is a
 * SocketException "Connection reset". Use it from threads of the core that made it.
 */
public class TSocket implements Closeable {
    private TcpSocket tcp;
    private TInetAddress remoteAddress;
    private int timeout;
    private boolean closed;
    private boolean inputShutdown;
    private boolean outputShutdown;
    private boolean tcpNoDelay;
    private boolean keepAlive;
    private int linger = -1;
    private InputStream input;
    private OutputStream output;

    /** Not connected yet: {@link #connect} does it. */
    public TSocket() {
    }

    public TSocket(String host, int port) throws IOException {
        this(host == null ? TInetAddress.getLoopbackAddress() : TInetAddress.getByName(host), port);
    }

    public TSocket(TInetAddress address, int port) throws IOException {
        connect(new TInetSocketAddress(address, port));
    }

    /** An accepted connection. */
    TSocket(TcpSocket accepted) {
        tcp = accepted;
        int a = accepted.connection().remoteAddress();
        remoteAddress = new TInet4Address(null, a);
    }

    public void connect(TSocketAddress endpoint) throws IOException {
        connect(endpoint, 0);
    }

    /** {@code timeout} is accepted and not applied: the stack gives up on its own (SYN retries). */
    public void connect(TSocketAddress endpoint, int timeout) throws IOException {
        if (endpoint == null) {
            throw new IllegalArgumentException("connect: The address can't be null");
        }
        if (timeout < 0) {
            throw new IllegalArgumentException("connect: timeout can't be negative");
        }
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (tcp != null) {
            throw new SocketException("already connected");
        }
        TInetSocketAddress to = (TInetSocketAddress) endpoint;
        if (to.isUnresolved()) {
            throw new UnknownHostException(to.getHostName());
        }
        Network.start();
        try {
            tcp = Network.connect(to.getAddress().address, to.getPort());
        } catch (IOException e) {
            throw new ConnectException("Connection refused");
        }
        remoteAddress = to.getAddress();
    }

    public InputStream getInputStream() throws IOException {
        checkOpen();
        if (inputShutdown) {
            throw new SocketException("Socket input is shutdown");
        }
        if (input == null) {
            input = new Input();
        }
        return input;
    }

    public OutputStream getOutputStream() throws IOException {
        checkOpen();
        if (outputShutdown) {
            throw new SocketException("Socket output is shutdown");
        }
        if (output == null) {
            output = new Output();
        }
        return output;
    }

    private void checkOpen() throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (tcp == null) {
            throw new SocketException("Socket is not connected");
        }
    }

    /** Reads from here on see the end of the stream; what the peer sends is dropped unread. */
    public void shutdownInput() throws IOException {
        checkOpen();
        if (inputShutdown) {
            throw new SocketException("Socket input is already shutdown");
        }
        inputShutdown = true;
    }

    /** Sends a FIN after what was written: the peer reads the end of the stream, and this side still reads. */
    public void shutdownOutput() throws IOException {
        checkOpen();
        if (outputShutdown) {
            throw new SocketException("Socket output is already shutdown");
        }
        outputShutdown = true;
        tcp.shutdownOutput();
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            if (tcp != null) {
                tcp.close();
            }
        }
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean isConnected() {
        return tcp != null;
    }

    public boolean isBound() {
        return tcp != null;
    }

    public boolean isInputShutdown() {
        return inputShutdown;
    }

    public boolean isOutputShutdown() {
        return outputShutdown;
    }

    public TInetAddress getInetAddress() {
        return tcp == null ? null : remoteAddress;
    }

    public int getPort() {
        return tcp == null ? 0 : tcp.connection().remotePort();
    }

    public int getLocalPort() {
        return tcp == null ? -1 : tcp.connection().localPort();
    }

    public TInetAddress getLocalAddress() {
        return new TInet4Address(null, tcp == null ? 0 : Network.address().address);
    }

    public TSocketAddress getRemoteSocketAddress() {
        return tcp == null ? null : new TInetSocketAddress(remoteAddress, getPort());
    }

    public TSocketAddress getLocalSocketAddress() {
        return tcp == null ? null : new TInetSocketAddress(getLocalAddress(), getLocalPort());
    }

    public void setSoTimeout(int timeout) throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout can't be negative");
        }
        this.timeout = timeout;
    }

    public int getSoTimeout() throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        return timeout;
    }

    /** Kept for getTcpNoDelay: the guest's stack sends what a write gives at once (no Nagle delay). */
    public void setTcpNoDelay(boolean on) throws SocketException {
        tcpNoDelay = on;
    }

    public boolean getTcpNoDelay() throws SocketException {
        return tcpNoDelay;
    }

    /** Kept for getKeepAlive: the guest's stack sends no keep-alive probes. */
    public void setKeepAlive(boolean on) throws SocketException {
        keepAlive = on;
    }

    public boolean getKeepAlive() throws SocketException {
        return keepAlive;
    }

    /** Kept for getSoLinger: close never waits, unsent data is still sent after it. */
    public void setSoLinger(boolean on, int seconds) throws SocketException {
        if (on && seconds < 0) {
            throw new IllegalArgumentException("invalid value for SO_LINGER");
        }
        linger = on ? Math.min(seconds, 65535) : -1;
    }

    public int getSoLinger() throws SocketException {
        return linger;
    }

    @Override
    public String toString() {
        if (tcp == null) {
            return "Socket[unconnected]";
        }
        return "Socket[addr=" + remoteAddress + ",port=" + getPort() + ",localport=" + getLocalPort() + "]";
    }

    private final class Input extends InputStream {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            if (closed) {
                throw new SocketException("Socket closed");
            }
            if (inputShutdown) {
                return -1;
            }
            return tcp.read(b, off, len, timeout);
        }

        @Override
        public void close() throws IOException {
            TSocket.this.close();
        }
    }

    private final class Output extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            if (closed) {
                throw new SocketException("Socket closed");
            }
            if (outputShutdown) {
                throw new SocketException("Socket output is shutdown");
            }
            tcp.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            TSocket.this.close();
        }
    }
}
