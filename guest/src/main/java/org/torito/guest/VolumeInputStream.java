package org.torito.guest;

import java.io.IOException;
import java.io.InputStream;

import org.torito.fs.OpenFile;

/** Reads a file of a {@link Volume} from the start; {@link #skip} jumps (a Range request). */
final class VolumeInputStream extends InputStream {
    private final Volume volume;
    private final OpenFile file;
    private final String path;
    private long position;
    private boolean closed;

    VolumeInputStream(Volume volume, OpenFile file, String path) {
        this.volume = volume;
        this.file = file;
        this.path = path;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = volume.readAt(this, file, path, position, b, off, len);
        if (n > 0) {
            position += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        if (n <= 0) {
            return 0;
        }
        long size = volume.sizeOf(this, file, path);
        long skipped = Math.max(0, Math.min(n, size - position));
        position += skipped;
        return skipped;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, volume.sizeOf(this, file, path) - position));
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            volume.closeStream(this, file);
        }
    }

    /** Whether {@link #close()} has run (the volume closes open streams when it unmounts). */
    boolean closed() {
        return closed;
    }
}
