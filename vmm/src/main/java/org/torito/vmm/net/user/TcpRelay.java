package org.torito.vmm.net.user;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import org.torito.tcpip.NetworkStack;
import org.torito.tcpip.TcpConnection;
import org.torito.tcpip.TcpService;

/**
 * One relayed connection: a host socket and the gateway's TCP connection with the guest, either
 * a forward (a host connection accepted, then one opened into the guest) or an outbound one (a
 * guest connection accepted, then one opened to the host). Runs on the network thread only.
 * Back-pressure both ways without buffers of its own: host bytes are read only as far as the
 * guest connection's send buffer has room, and guest bytes leave the gateway connection's
 * receive buffer only as far as the host socket takes them (peek, write, skip), so a slow side
 * closes the other side's window (guest) or stops reading its socket (host). The two scratch
 * buffers are the network thread's, shared by every relay: a relay holds no memory beyond its
 * gateway connection.
 */
final class TcpRelay implements TcpService {
    /** Called once when both sides are done with. */
    interface Finished {
        void relayFinished(TcpRelay relay);
    }

    private final SocketChannel host;
    private final ByteBuffer fromHost;
    private final ByteBuffer toHost;
    private final Finished finished;
    private SelectionKey key;
    private TcpConnection guest;
    private boolean hostEof;
    private boolean guestEof;
    private boolean guestDone;
    private boolean hostClosed;
    private boolean reported;
    /** Whether the host socket is connected: an outbound one is not until its connect completes. */
    private boolean hostConnected = true;
    /** When an outbound connect is given up (System.nanoTime()); the network thread enforces it. */
    private long connectDeadline;

    TcpRelay(SocketChannel host, ByteBuffer fromHost, ByteBuffer toHost, Finished finished) {
        this.host = host;
        this.fromHost = fromHost;
        this.toHost = toHost;
        this.finished = finished;
    }

    /** Starts the connection into the guest; false when the gateway's table is full. */
    boolean open(NetworkStack stack, Selector selector, int guestIp, int guestPort) throws IOException {
        guest = stack.connect(guestIp, guestPort);
        if (guest == null) {
            return false;
        }
        guest.setService(this);
        host.configureBlocking(false);
        host.setOption(StandardSocketOptions.TCP_NODELAY, true);
        key = host.register(selector, SelectionKey.OP_READ, this);
        return true;
    }

    /**
     * Relays {@code connection}, which the guest opened to the gateway, to a new connection to
     * {@code address} on the host. Until that connect completes, what the guest sends waits in
     * the gateway connection; a failed connect resets the guest's connection, and so does one
     * still pending at {@code deadline} (System.nanoTime()), through the caller.
     */
    void connectOut(TcpConnection connection, Selector selector, InetSocketAddress address, long deadline) {
        connectDeadline = deadline;
        guest = connection;
        guest.setService(this);
        try {
            host.configureBlocking(false);
            host.setOption(StandardSocketOptions.TCP_NODELAY, true);
            hostConnected = host.connect(address);
            key = host.register(selector, hostConnected ? SelectionKey.OP_READ : SelectionKey.OP_CONNECT, this);
        } catch (IOException e) {
            resetBoth(); // no socket or no route: the guest gets a reset
        }
    }

    /** Whether an outbound connect to the host is still pending. */
    boolean connecting() {
        return !hostConnected && !hostClosed;
    }

    long connectDeadline() {
        return connectDeadline;
    }

    TcpConnection guest() {
        return guest;
    }

    /** Bytes this relay holds for either side (all in the gateway connection's buffers). */
    long bufferedBytes() {
        return guest == null ? 0 : guest.available() + guest.unacknowledged();
    }

    void hostReady(int readyOps) {
        if ((readyOps & SelectionKey.OP_CONNECT) != 0) {
            connected();
            return;
        }
        if ((readyOps & SelectionKey.OP_WRITE) != 0) {
            pumpToHost();
        }
        if ((readyOps & SelectionKey.OP_READ) != 0) {
            pumpToGuest();
        }
    }

    /** The outbound connect finished: refused or unreachable resets the guest's side. */
    private void connected() {
        try {
            if (!host.finishConnect()) {
                return; // spurious: still connecting
            }
        } catch (IOException e) {
            resetBoth();
            return;
        }
        hostConnected = true;
        key.interestOps(SelectionKey.OP_READ);
        pumpToHost(); // what the guest sent meanwhile, or its FIN
        maybeFinish();
    }

    private void pumpToGuest() {
        while (hostConnected && !hostEof && !hostClosed) {
            int room = guest.writable(); // 0 arms onWritable
            if (room <= 0) {
                interest(SelectionKey.OP_READ, false);
                return;
            }
            fromHost.clear().limit(Math.min(room, fromHost.capacity()));
            int n;
            try {
                n = host.read(fromHost);
            } catch (IOException e) {
                resetBoth(); // the host reset its connection
                return;
            }
            if (n == 0) {
                interest(SelectionKey.OP_READ, true);
                return;
            }
            if (n < 0) {
                hostEof = true;
                interest(SelectionKey.OP_READ, false);
                guest.shutdownOutput();
                maybeFinish();
                return;
            }
            if (guest.write(fromHost.array(), 0, n) != n) {
                resetBoth(); // cannot happen while writable() said there was room
                return;
            }
            if (n < fromHost.limit()) {
                // Short read: the socket is very likely empty. The selector is level-triggered
                // and reports it again if not, so skip the read that would only say EAGAIN.
                interest(SelectionKey.OP_READ, true);
                return;
            }
        }
    }

    private void pumpToHost() {
        while (hostConnected && !hostClosed && !guestEof) {
            int n = guest.peek(toHost.array(), 0, toHost.capacity());
            if (n > 0) {
                toHost.clear().limit(n);
                int written;
                try {
                    written = host.write(toHost);
                } catch (IOException e) {
                    resetBoth(); // the host closed or reset: tell the guest
                    return;
                }
                if (written > 0) {
                    guest.skip(written);
                }
                if (written < n) {
                    interest(SelectionKey.OP_WRITE, true); // the rest waits in the gateway connection
                    return;
                }
                continue;
            }
            interest(SelectionKey.OP_WRITE, false);
            if (n < 0) {
                if (guest.isReset()) {
                    resetHost();
                    return;
                }
                guestEof = true;
                try {
                    host.shutdownOutput();
                } catch (IOException e) {
                    resetBoth();
                    return;
                }
                maybeFinish();
            }
            return;
        }
    }

    private void interest(int op, boolean on) {
        if (key != null && key.isValid()) {
            int ops = key.interestOps();
            int next = on ? ops | op : ops & ~op;
            if (next != ops) {
                key.interestOps(next);
            }
        }
    }

    private void maybeFinish() {
        if (guestDone && hostEof && guestEof && !hostClosed) {
            hostClosed = true;
            try {
                host.close();
            } catch (IOException ignored) {
                // closing a socket whose both directions are finished: nothing left to lose
            }
            report();
        }
    }

    /** Resets both sides: RST into the guest, RST to the host. */
    void resetBoth() {
        if (guest != null) {
            guest.abort();
        }
        guestDone = true;
        resetHost();
    }

    private void resetHost() {
        guestDone = true;
        if (!hostClosed) {
            hostClosed = true;
            try {
                host.setOption(StandardSocketOptions.SO_LINGER, 0); // close sends RST
            } catch (IOException | RuntimeException ignored) {
                // already closed by the peer: close() below is all that is left
            }
            try {
                host.close();
            } catch (IOException ignored) {
                // nothing to recover
            }
        }
        report();
    }

    private void report() {
        if (!reported) {
            reported = true;
            finished.relayFinished(this);
        }
    }

    // ---- the gateway connection's callbacks (network thread, inside the stack) ----

    @Override
    public void onAccept(TcpConnection connection) {
    }

    @Override
    public void onReceive(TcpConnection connection) {
        pumpToHost();
    }

    @Override
    public void onWritable(TcpConnection connection) {
        pumpToGuest();
    }

    @Override
    public void onClose(TcpConnection connection) {
        guestDone = true;
        if (connection.isReset()) {
            resetHost(); // refused, reset, or timed out in the guest
            return;
        }
        pumpToHost();
        maybeFinish();
    }
}
