package org.torito.guest.files;

import java.io.IOException;

import org.teavm.runtime.fs.VirtualFileAccessor;
import org.torito.guest.VolumeFile;

/**
 * An open file as TeaVM's FileInputStream, FileOutputStream and RandomAccessFile use it: a
 * position over a {@link VolumeFile}. The interface counts in int, so through java.io a file is
 * read, written and sought only within its first 2 GiB - 1 (docs/java-api.md).
 */
final class DiskFileAccessor implements VirtualFileAccessor {
    private final VolumeFile file;
    private long position;

    DiskFileAccessor(VolumeFile file, long position) {
        this.file = file;
        this.position = position;
    }

    /** What was read; 0 at the end of the file (TeaVM's streams turn that into -1). */
    @Override
    public int read(byte[] buffer, int offset, int limit) throws IOException {
        int n = file.read(position, buffer, offset, limit);
        if (n <= 0) {
            return 0;
        }
        position += n;
        return n;
    }

    @Override
    public void write(byte[] buffer, int offset, int limit) throws IOException {
        file.write(position, buffer, offset, limit);
        position += limit;
    }

    @Override
    public int tell() {
        return (int) Math.min(position, Integer.MAX_VALUE);
    }

    @Override
    public void seek(int target) throws IOException {
        if (target < 0) {
            throw new IOException("Negative seek offset");
        }
        position = target;
    }

    @Override
    public void skip(int amount) {
        position = Math.max(0, position + amount);
    }

    @Override
    public int size() throws IOException {
        return (int) Math.min(file.size(), Integer.MAX_VALUE);
    }

    @Override
    public void resize(int size) throws IOException {
        file.truncate(size);
        if (position > size) {
            position = size;
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    /** Writes go to the volume's cache at once; the disk gets them at unmount or Volume.flush(). */
    @Override
    public void flush() {
    }
}
