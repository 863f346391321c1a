package org.torito.fs;

import java.io.EOFException;
import java.io.IOException;
import java.io.RandomAccessFile;

/** A disk image file on the host. Host only: the guest has no files, it uses its BlockDevice. */
public final class FileBlockStore implements BlockStore, AutoCloseable {
    private final RandomAccessFile file;
    private final String name;

    public FileBlockStore(String path, boolean writable) throws IOException {
        this.file = new RandomAccessFile(path, writable ? "rw" : "r");
        this.name = path;
    }

    @Override
    public long size() throws IOException {
        return file.length();
    }

    @Override
    public void read(long position, byte[] buffer, int offset, int length) throws IOException {
        file.seek(position);
        try {
            file.readFully(buffer, offset, length);
        } catch (EOFException e) {
            throw new EOFException(name + ": cannot read " + length + " bytes at " + position + ": the file ends at " + file.length());
        }
    }

    @Override
    public void write(long position, byte[] buffer, int offset, int length) throws IOException {
        file.seek(position);
        file.write(buffer, offset, length);
    }

    @Override
    public void flush() throws IOException {
        file.getFD().sync();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
