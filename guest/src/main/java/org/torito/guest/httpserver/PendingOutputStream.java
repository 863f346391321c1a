package org.torito.guest.httpserver;

import java.io.IOException;
import java.io.OutputStream;

/**
 * What getResponseBody returns: usable before sendResponseHeaders (so filters can wrap it) but
 * written only after it, when it forwards to the body's framing, which the status and length
 * decide.
 */
final class PendingOutputStream extends OutputStream {
    private OutputStream body;

    void setBody(OutputStream body) {
        this.body = body;
    }

    boolean hasBody() {
        return body != null;
    }

    private OutputStream body() throws IOException {
        if (body == null) {
            throw new IOException("response headers not sent yet");
        }
        return body;
    }

    @Override
    public void write(int b) throws IOException {
        body().write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        body().write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        body().flush();
    }

    @Override
    public void close() throws IOException {
        body().close();
    }
}
