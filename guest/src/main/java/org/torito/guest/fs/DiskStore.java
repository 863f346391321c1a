package org.torito.guest.fs;

import java.io.IOException;

import org.torito.fs.BlockStore;
import org.torito.guest.BlockDevice;

/** A VM disk as a {@link BlockStore}: byte positions become sectors; no caching (see BlockCache). */
public final class DiskStore implements BlockStore {
    private final BlockDevice device;
    private final long size;

    public DiskStore(BlockDevice device) {
        this.device = device;
        this.size = device.capacity() * BlockDevice.SECTOR_SIZE;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void read(long position, byte[] buffer, int offset, int length) throws IOException {
        device.read(position / BlockDevice.SECTOR_SIZE, buffer, offset, length);
    }

    @Override
    public void write(long position, byte[] buffer, int offset, int length) throws IOException {
        device.write(position / BlockDevice.SECTOR_SIZE, buffer, offset, length);
    }

    @Override
    public void flush() throws IOException {
        device.flush();
    }
}
