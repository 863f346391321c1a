package org.torito.vmm.net.user;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.torito.tcpip.TcpConnection;
import org.torito.tcpip.TcpService;

/** Tiny applications for the fake guest's stacks, Toro-style callbacks with back-pressure. */
final class GuestServices {
    private GuestServices() {
    }

    /** Echoes every byte; closes after the peer's FIN once everything is echoed. */
    static final class Echo implements TcpService {
        final AtomicInteger closes = new AtomicInteger();
        final AtomicInteger resets = new AtomicInteger();
        private final byte[] buf = new byte[16384];

        @Override
        public void onAccept(TcpConnection c) {
            pump(c);
        }

        @Override
        public void onReceive(TcpConnection c) {
            pump(c);
        }

        @Override
        public void onWritable(TcpConnection c) {
            pump(c);
        }

        private void pump(TcpConnection c) {
            while (true) {
                int room = c.writable();
                if (room == 0) {
                    if (c.available() == 0 && c.read(buf, 0, 0) < 0) {
                        c.close();
                    }
                    return; // onWritable resumes
                }
                int n = c.read(buf, 0, Math.min(room, buf.length));
                if (n < 0) {
                    c.close();
                    return;
                }
                if (n == 0) {
                    return;
                }
                c.write(buf, 0, n);
            }
        }

        @Override
        public void onClose(TcpConnection c) {
            (c.isReset() ? resets : closes).incrementAndGet();
        }
    }

    /** Sends {@code total} bytes of {@link UserNetworkTest#pattern} on accept, then closes. */
    static final class Source implements TcpService {
        final long total;
        final AtomicLong written = new AtomicLong();
        private final byte[] data;

        Source(long total, byte[] data) {
            this.total = total;
            this.data = data;
        }

        @Override
        public void onAccept(TcpConnection c) {
            c.attach(new long[1]);
            pump(c);
        }

        @Override
        public void onReceive(TcpConnection c) {
        }

        @Override
        public void onWritable(TcpConnection c) {
            pump(c);
        }

        private void pump(TcpConnection c) {
            long[] sent = (long[]) c.attachment();
            while (sent[0] < total) {
                int off = (int) (sent[0] % data.length);
                int n = c.write(data, off, (int) Math.min(total - sent[0], data.length - off));
                if (n <= 0) {
                    return;
                }
                sent[0] += n;
                written.addAndGet(n);
            }
            c.close();
        }

        @Override
        public void onClose(TcpConnection c) {
        }
    }

    /** Resets every connection as soon as it receives something. */
    static final class Aborter implements TcpService {
        @Override
        public void onAccept(TcpConnection c) {
        }

        @Override
        public void onReceive(TcpConnection c) {
            c.abort();
        }

        @Override
        public void onClose(TcpConnection c) {
        }
    }

    /**
     * A client: sends {@code body} once connected, then half-closes, and keeps every byte that
     * comes back. {@link #closed} completes true on an orderly close, false on a reset.
     */
    static final class Client implements TcpService {
        final CompletableFuture<Boolean> closed = new CompletableFuture<>();
        private final byte[] body;
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private final byte[] buf = new byte[16384];
        private int sent;
        private volatile boolean established;

        Client(byte[] body) {
            this.body = body;
        }

        /** What came back; read it once {@link #closed} is complete. */
        byte[] received() {
            return received.toByteArray();
        }

        boolean wasEstablished() {
            return established;
        }

        @Override
        public void onAccept(TcpConnection c) {
            established = true;
            onWritable(c);
        }

        @Override
        public void onReceive(TcpConnection c) {
            int n;
            while ((n = c.read(buf, 0, buf.length)) > 0) {
                received.write(buf, 0, n);
            }
        }

        @Override
        public void onWritable(TcpConnection c) {
            while (sent < body.length) {
                int n = c.write(body, sent, body.length - sent);
                if (n <= 0) {
                    return;
                }
                sent += n;
            }
            c.shutdownOutput();
        }

        @Override
        public void onClose(TcpConnection c) {
            closed.complete(!c.isReset());
        }
    }
}
