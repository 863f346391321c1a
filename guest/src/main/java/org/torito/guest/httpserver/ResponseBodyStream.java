package org.torito.guest.httpserver;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A response body's framing over the connection's output. Closing it ends the exchange: the
 * framing's last bytes go out, then {@link Exchange#responseComplete} lets the connection read its
 * next request.
 */
abstract class ResponseBodyStream extends OutputStream {
    protected final OutputStream out;
    protected final Exchange exchange;
    private boolean closed;

    ResponseBodyStream(OutputStream out, Exchange exchange) {
        this.out = out;
        this.exchange = exchange;
    }

    /** Writes what closing owes the framing (a last chunk); the stream is closed by then. */
    protected abstract void finish() throws IOException;

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return;
        }
        if (closed) {
            throw new IOException("stream closed");
        }
        writeBody(b, off, len);
    }

    protected abstract void writeBody(byte[] b, int off, int len) throws IOException;

    @Override
    public void flush() throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        finish();
        exchange.responseComplete();
    }
}
