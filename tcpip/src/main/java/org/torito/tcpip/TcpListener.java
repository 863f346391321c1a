package org.torito.tcpip;

/**
 * A listening port (LISTEN). Its backlog bounds half-open connections (SYN-RECEIVED) plus
 * established ones not yet accepted; SYNs beyond it are dropped silently, so the peer retries.
 */
public final class TcpListener {
    final NetworkStack stack;
    final int port;
    final int backlog;
    final TcpService service;
    private final TcpConnection[] queue;
    private int queueHead;
    private int queued;
    int halfOpen;
    boolean closed;

    TcpListener(NetworkStack stack, int port, int backlog, TcpService service) {
        this.stack = stack;
        this.port = port;
        this.backlog = backlog;
        this.service = service;
        this.queue = new TcpConnection[backlog];
    }

    public int port() {
        return port;
    }

    /** Half-open connections right now. */
    public int halfOpen() {
        return halfOpen;
    }

    boolean hasRoom() {
        return !closed && halfOpen + queued < backlog;
    }

    void enqueue(TcpConnection c) {
        queue[(queueHead + queued) % queue.length] = c;
        queued++;
    }

    /** The next established connection, or null; non-blocking. */
    public TcpConnection accept() {
        while (queued > 0) {
            TcpConnection c = queue[queueHead];
            queue[queueHead] = null;
            queueHead = (queueHead + 1) % queue.length;
            queued--;
            if (c.state() != TcpState.CLOSED) {
                return c;
            }
        }
        return null;
    }

    /** Stops accepting: later SYNs get RST, queued connections are aborted. */
    public void close() {
        closed = true;
        TcpConnection c;
        while ((c = accept()) != null) {
            c.abort();
        }
        stack.removeListener(this);
    }
}
