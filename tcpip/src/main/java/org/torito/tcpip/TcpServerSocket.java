package org.torito.tcpip;

import java.io.IOException;

/**
 * A blocking listening socket: {@link #accept} waits for the next established connection. The
 * stack hands connections over from the network loop's thread through {@link TcpService#onAccept};
 * the backlog bounds those not yet accepted, as in {@link TcpListener}.
 */
public final class TcpServerSocket implements TcpService {
    private final TcpListener listener;
    private final TcpSocket[] ready;
    private int head;
    private int count;
    private boolean closed;

    /** Listens on {@code port} of {@code stack}. */
    public TcpServerSocket(NetworkStack stack, int port, int backlog) {
        this.ready = new TcpSocket[backlog];
        this.listener = stack.listen(port, backlog, this);
    }

    public int port() {
        return listener.port();
    }

    /** The next connection, waiting for one. */
    public TcpSocket accept() throws IOException {
        return accept(0);
    }

    /**
     * The next connection, waiting at most {@code timeoutMillis} (0: for ever) for one; past it a
     * SocketTimeoutException, as java.net's accept throws with SO_TIMEOUT set.
     */
    public synchronized TcpSocket accept(int timeoutMillis) throws IOException {
        long deadline = timeoutMillis > 0 ? System.nanoTime() + timeoutMillis * 1_000_000L : 0;
        while (count == 0) {
            if (closed) {
                throw new IOException("socket on port " + port() + " is closed");
            }
            TimedWait.await(this, deadline, "Accept timed out", "interrupted in accept on port " + port());
        }
        TcpSocket socket = ready[head];
        ready[head] = null;
        head = (head + 1) % ready.length;
        count--;
        return socket;
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    /** Stops listening; connections not yet accepted are reset, and accept throws. */
    public synchronized void close() {
        closed = true;
        listener.close();
        while (count > 0) {
            ready[head].connection().abort();
            ready[head] = null;
            head = (head + 1) % ready.length;
            count--;
        }
        notifyAll();
    }

    @Override
    public synchronized void onAccept(TcpConnection connection) {
        if (closed || count == ready.length) {
            connection.abort(); // over the backlog: the peer sees a reset, as for a full queue
            return;
        }
        ready[(head + count) % ready.length] = new TcpSocket(connection, true);
        count++;
        notifyAll();
    }

    @Override
    public void onReceive(TcpConnection connection) {
    }

    @Override
    public void onClose(TcpConnection connection) {
    }
}
