package org.torito.tcpip;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A blocking TCP stream for code written against sockets: {@link #read} and {@link #write}
 * wait on the connection, and the thread that runs the core's network loop wakes them from the
 * stack's callbacks. Waiting suspends only the calling cooperative thread, so one thread per
 * connection works as it does on a JVM. Use it from threads of the core that owns the stack.
 */
public final class TcpSocket implements TcpService {
    private final TcpConnection connection;
    private boolean established;
    private boolean finished;
    private final InputStream input = new Input();
    private final OutputStream output = new Output();

    TcpSocket(TcpConnection connection, boolean established) {
        this.connection = connection;
        this.established = established;
        connection.setService(this);
    }

    /** Opens a connection to {@code address:port} on {@code stack} and waits until it is established. */
    public static TcpSocket connect(NetworkStack stack, int address, int port) throws IOException {
        TcpSocket socket = new TcpSocket(stack.connect(address, port), false);
        socket.awaitEstablished();
        return socket;
    }

    private synchronized void awaitEstablished() throws IOException {
        while (!established && !finished) {
            await();
        }
        if (!established) {
            throw new IOException("connection to " + describe() + " refused or timed out");
        }
    }

    public TcpConnection connection() {
        return connection;
    }

    public InputStream inputStream() {
        return input;
    }

    public OutputStream outputStream() {
        return output;
    }

    /** Reads at least one byte, waiting for it; -1 at end of stream. */
    public int read(byte[] b, int off, int len) throws IOException {
        return read(b, off, len, 0);
    }

    /**
     * Reads at least one byte, waiting at most {@code timeoutMillis} (0: for ever) for it; past it
     * a SocketTimeoutException, as java.net's read throws with SO_TIMEOUT set (the connection stays
     * usable). -1 at end of stream.
     */
    public synchronized int read(byte[] b, int off, int len, int timeoutMillis) throws IOException {
        if (len == 0) {
            return 0;
        }
        long deadline = timeoutMillis > 0 ? System.nanoTime() + timeoutMillis * 1_000_000L : 0;
        while (true) {
            int n = connection.read(b, off, len);
            if (n != 0) {
                if (n < 0 && connection.isReset()) {
                    throw new java.net.SocketException("Connection reset");
                }
                return n;
            }
            TimedWait.await(this, deadline, "Read timed out", "interrupted while waiting on " + describe());
        }
    }

    /** Writes all of {@code len} bytes, waiting for send-buffer space as needed. */
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = connection.write(b, off, len);
            if (n < 0) {
                throw new java.net.SocketException(connection.isReset() ? "Connection reset"
                        : "Socket output is shut down (connection to " + describe() + ")");
            }
            off += n;
            len -= n;
            if (len > 0) {
                await();
            }
        }
    }

    /** Sends a FIN after the data written; reading goes on until the peer's FIN. */
    public synchronized void shutdownOutput() {
        connection.shutdownOutput();
    }

    public synchronized void close() {
        connection.close();
    }

    private void await() throws IOException {
        TimedWait.await(this, 0, "", "interrupted while waiting on " + describe());
    }

    private String describe() {
        int a = connection.remoteAddress();
        return (a >>> 24) + "." + (a >>> 16 & 0xFF) + "." + (a >>> 8 & 0xFF) + "." + (a & 0xFF) + ":"
                + connection.remotePort();
    }

    // The stack calls these on the network loop's thread; each wakes the socket's waiters.

    @Override
    public synchronized void onAccept(TcpConnection c) {
        established = true;
        notifyAll();
    }

    @Override
    public synchronized void onReceive(TcpConnection c) {
        notifyAll();
    }

    @Override
    public synchronized void onWritable(TcpConnection c) {
        notifyAll();
    }

    @Override
    public synchronized void onClose(TcpConnection c) {
        finished = true;
        notifyAll();
    }

    private final class Input extends InputStream {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return TcpSocket.this.read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return TcpSocket.this.read(b, off, len);
        }

        @Override
        public void close() {
            TcpSocket.this.close();
        }
    }

    private final class Output extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            TcpSocket.this.write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            TcpSocket.this.write(b, off, len);
        }

        @Override
        public void close() {
            TcpSocket.this.close();
        }
    }
}
