package org.torito.guest.httpserver;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A response body of unknown length to an HTTP/1.0 client, which has no chunked coding: the body
 * ends where the connection does, and the exchange closes it.
 */
final class UntilCloseOutputStream extends ResponseBodyStream {
    UntilCloseOutputStream(OutputStream out, Exchange exchange) {
        super(out, exchange);
    }

    @Override
    protected void writeBody(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    protected void finish() throws IOException {
        out.flush();
    }
}
