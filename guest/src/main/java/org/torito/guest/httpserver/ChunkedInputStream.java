package org.torito.guest.httpserver;

import java.io.IOException;
import java.io.InputStream;

/**
 * A request body in chunked transfer coding: hex sizes (extensions after ';' ignored), each chunk
 * followed by CRLF, a zero chunk and its CRLF at the end. Trailer fields are not read, as the
 * JDK's server does not read them either.
 */
final class ChunkedInputStream extends RequestBodyStream {
    /** The JDK's bound on a chunk size line. */
    private static final int MAX_SIZE_LINE = 2050;

    private int remaining;
    private boolean needSize = true;

    ChunkedInputStream(InputStream in) {
        super(in);
    }

    @Override
    protected int readBody(byte[] b, int off, int len) throws IOException {
        if (needSize) {
            remaining = chunkSize();
            if (remaining == 0) {
                lineEnd();
                return -1;
            }
            needSize = false;
        }
        int n = in.read(b, off, Math.min(len, remaining));
        if (n < 0) {
            throw new IOException("connection closed before all data received");
        }
        remaining -= n;
        if (remaining == 0) {
            needSize = true;
            lineEnd();
        }
        return n;
    }

    @Override
    protected int buffered() throws IOException {
        return needSize ? 0 : Math.min(in.available(), remaining);
    }

    private int chunkSize() throws IOException {
        long size = 0;
        int digits = 0;
        boolean extension = false;
        for (int read = 0; read < MAX_SIZE_LINE; read++) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("end of stream reading chunk header");
            }
            if (c == '\r') {
                if (in.read() != '\n') {
                    throw new IOException("invalid chunk header");
                }
                return (int) size;
            }
            if (c == ';') {
                extension = true;
            } else if (!extension) {
                int digit = Character.digit(c, 16);
                if (digit < 0 || ++digits > 7) {
                    throw new IOException("invalid chunk length");
                }
                size = size * 16 + digit;
            }
        }
        throw new IOException("invalid chunk header");
    }

    private void lineEnd() throws IOException {
        if (in.read() != '\r' || in.read() != '\n') {
            throw new IOException("invalid chunk end");
        }
    }
}
