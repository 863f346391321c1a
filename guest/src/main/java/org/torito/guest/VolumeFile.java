package org.torito.guest;

import java.io.Closeable;
import java.io.IOException;

import org.torito.fs.OpenFile;

/**
 * An open file of a {@link Volume} read and written at explicit positions, under the volume's
 * lock (a disk read suspends the calling thread; the file system is not re-entrant). Made by
 * {@link Volume#openFile}; the volume closes it at unmount if the program did not.
 */
public final class VolumeFile implements Closeable {
    private final Volume volume;
    private final OpenFile file;
    private final String path;

    VolumeFile(Volume volume, OpenFile file, String path) {
        this.volume = volume;
        this.file = file;
        this.path = path;
    }

    /** Reads up to {@code len} bytes at {@code position}: how many, or -1 at the end. */
    public int read(long position, byte[] b, int off, int len) throws IOException {
        return volume.readAt(this, file, path, position, b, off, len);
    }

    /** Writes at {@code position}; a gap before it reads as zeros. */
    public void write(long position, byte[] b, int off, int len) throws IOException {
        volume.writeAt(this, file, path, position, b, off, len);
    }

    public long size() throws IOException {
        return volume.sizeOf(this, file, path);
    }

    /** Cuts or extends the file to {@code size} bytes. */
    public void truncate(long size) throws IOException {
        volume.truncateAt(this, file, path, size);
    }

    @Override
    public void close() throws IOException {
        volume.closeStream(this, file);
    }
}
