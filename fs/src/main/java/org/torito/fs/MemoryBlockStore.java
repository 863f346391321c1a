package org.torito.fs;

/** A block store in a byte array: a RAM disk in the guest, a scratch image in tests. */
public final class MemoryBlockStore implements BlockStore {
    private final byte[] bytes;

    public MemoryBlockStore(byte[] bytes) {
        this.bytes = bytes;
    }

    public byte[] bytes() {
        return bytes;
    }

    @Override
    public long size() {
        return bytes.length;
    }

    @Override
    public void read(long position, byte[] buffer, int offset, int length) {
        System.arraycopy(bytes, (int) position, buffer, offset, length);
    }

    @Override
    public void write(long position, byte[] buffer, int offset, int length) {
        System.arraycopy(buffer, offset, bytes, (int) position, length);
    }

    @Override
    public void flush() {
    }
}
