package org.torito.guest.httpserver;

import java.io.IOException;
import java.io.InputStream;

/** A request body of Content-Length bytes (none when the request has no length). */
final class FixedLengthInputStream extends RequestBodyStream {
    private long remaining;

    FixedLengthInputStream(InputStream in, long length) {
        super(in);
        this.remaining = length;
    }

    @Override
    protected int readBody(byte[] b, int off, int len) throws IOException {
        if (remaining == 0) {
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, remaining));
        if (n < 0) {
            throw new IOException("connection closed before all data received");
        }
        remaining -= n;
        return n;
    }

    @Override
    protected int buffered() throws IOException {
        return (int) Math.min(in.available(), remaining);
    }
}
