package org.torito.guest;

import java.io.IOException;
import java.io.OutputStream;

import org.torito.fs.OpenFile;

/**
 * Writes a file of a {@link Volume} through an 8 KiB buffer, from the start or (append) from
 * its end. {@link #flush()} hands the buffer to the file system (its cache); the data is on the
 * disk after {@link Volume#flush()} or unmount. Unmounting closes a stream left open.
 */
final class VolumeOutputStream extends OutputStream {
    private static final int BUFFER = 8192;

    private final Volume volume;
    private final OpenFile file;
    private final String path;
    private final byte[] buffer = new byte[BUFFER];
    private int buffered;
    private long position;
    private boolean closed;

    VolumeOutputStream(Volume volume, OpenFile file, String path, long position) {
        this.volume = volume;
        this.file = file;
        this.path = path;
        this.position = position;
    }

    @Override
    public void write(int b) throws IOException {
        if (buffered == BUFFER) {
            flush();
        }
        buffer[buffered++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || off > b.length - len) {
            throw new IndexOutOfBoundsException("write of " + len + " bytes at " + off + " of " + b.length);
        }
        if (len >= BUFFER) {
            flush();
            writeThrough(b, off, len);
            return;
        }
        if (len > BUFFER - buffered) {
            flush();
        }
        System.arraycopy(b, off, buffer, buffered, len);
        buffered += len;
    }

    @Override
    public void flush() throws IOException {
        if (buffered > 0) {
            int n = buffered;
            buffered = 0;
            writeThrough(buffer, 0, n);
        }
    }

    private void writeThrough(byte[] b, int off, int len) throws IOException {
        volume.writeAt(this, file, path, position, b, off, len);
        position += len;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            flush();
        } finally {
            closed = true;
            volume.closeStream(this, file);
        }
    }

    boolean closed() {
        return closed;
    }
}
