package org.torito.fs;

import java.io.IOException;

/**
 * The bytes a file system lives on: a disk image on the host, a virtio-blk disk in the guest.
 * File systems here read and write only whole multiples of {@link #SECTOR} at offsets that are
 * multiples of it, so a sector device needs no bounce buffer.
 */
public interface BlockStore {
    int SECTOR = 512;

    /** Size in bytes. */
    long size() throws IOException;

    /** Reads {@code length} bytes at {@code position}; the range lies within {@link #size()}. */
    void read(long position, byte[] buffer, int offset, int length) throws IOException;

    /** Writes {@code length} bytes at {@code position}; the range lies within {@link #size()}. */
    void write(long position, byte[] buffer, int offset, int length) throws IOException;

    /** Returns when every completed write is durable. */
    void flush() throws IOException;
}
