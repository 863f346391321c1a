package org.torito.guest.httpserver;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A response body in chunked transfer coding. Chunks are {@link #CHUNK_SIZE} bytes, as the JDK's
 * server cuts them, except what flush or close sends early, so both servers send the same bytes
 * for the same writes; close sends the zero chunk.
 */
final class ChunkedOutputStream extends ResponseBodyStream {
    static final int CHUNK_SIZE = 4096;
    private static final byte[] CRLF = {'\r', '\n'};

    private final byte[] chunk = new byte[CHUNK_SIZE];
    private int count;

    ChunkedOutputStream(OutputStream out, Exchange exchange) {
        super(out, exchange);
    }

    @Override
    protected void writeBody(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, CHUNK_SIZE - count);
            System.arraycopy(b, off, chunk, count, n);
            count += n;
            off += n;
            len -= n;
            if (count == CHUNK_SIZE) {
                sendChunk();
            }
        }
    }

    @Override
    public void flush() throws IOException {
        if (count > 0) {
            sendChunk();
        }
        super.flush();
    }

    @Override
    protected void finish() {
        try {
            if (count > 0) {
                sendChunk();
            }
            sendChunk();
            out.flush();
        } catch (IOException e) {
            // The client may close before the last chunk, as the JDK's server also tolerates.
        }
    }

    private void sendChunk() throws IOException {
        out.write(Integer.toHexString(count).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        out.write(CRLF);
        out.write(chunk, 0, count);
        out.write(CRLF);
        count = 0;
    }
}
