package org.torito.guest.httpserver;

import java.io.IOException;
import java.io.InputStream;

/**
 * A request body over the connection's input, ending where the body ends so the next request can
 * be read after it. Closing it reads what the handler left unread, up to {@link #DRAIN_LIMIT}
 * bytes (the JDK's drain amount); a body not read to its end by then makes the connection close
 * after the response ({@link #atEnd}).
 */
abstract class RequestBodyStream extends InputStream {
    static final long DRAIN_LIMIT = Long.getLong("sun.net.httpserver.drainAmount", 64 * 1024);

    protected final InputStream in;
    private boolean closed;
    private boolean end;

    RequestBodyStream(InputStream in) {
        this.in = in;
    }

    /** Reads at most len bytes of the body (len > 0), or -1 at its end. */
    protected abstract int readBody(byte[] b, int off, int len) throws IOException;

    /** The body's bytes the connection holds already, at most. */
    protected abstract int buffered() throws IOException;

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (closed) {
            throw new IOException("Stream is closed");
        }
        if (end) {
            return -1;
        }
        if (len == 0) {
            return 0;
        }
        int n = readBody(b, off, len);
        if (n < 0) {
            end = true;
        }
        return n;
    }

    @Override
    public int available() throws IOException {
        return closed || end ? 0 : buffered();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        byte[] skipped = new byte[2048];
        long left = DRAIN_LIMIT;
        while (!end && left > 0) {
            int n = read(skipped, 0, (int) Math.min(skipped.length, left));
            if (n > 0) {
                left -= n;
            }
        }
        closed = true;
    }

    boolean isClosed() {
        return closed;
    }

    /** Whether the body was read to its end, so the connection is at the next request. */
    boolean atEnd() {
        return end;
    }
}
