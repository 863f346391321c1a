package org.torito.guest.httpserver;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A response body of the length sendResponseHeaders announced. Writing past it fails (the stream
 * stays usable, as the JDK's); closing it short of it closes the connection, since the client
 * still waits for the rest.
 */
final class FixedLengthOutputStream extends ResponseBodyStream {
    private long remaining;

    FixedLengthOutputStream(OutputStream out, Exchange exchange, long length) {
        super(out, exchange);
        this.remaining = length;
    }

    @Override
    protected void writeBody(byte[] b, int off, int len) throws IOException {
        if (len > remaining) {
            throw new IOException("too many bytes to write to stream");
        }
        out.write(b, off, len);
        remaining -= len;
    }

    @Override
    protected void finish() throws IOException {
        if (remaining > 0) {
            exchange.abort();
            throw new IOException("insufficient bytes written to stream");
        }
        out.flush();
    }
}
