package org.torito.vmm.devices.net;

import org.torito.virtio.VirtioMemory;

/**
 * Guest RAM for a fuzz test: counts accesses (the device's work must stay bounded) and, while
 * {@link #strict} is set (the device copying frames through chains it was given), fails the
 * test on any access outside RAM instead of letting it become a GuestMemoryException: chain
 * segments are checked before the device sees them, so such an access would be a device bug.
 * It also records what the device copies into guest memory while strict, so a test can check
 * the writes themselves (reading memory back would be wrong when a guest's buffers overlap).
 */
final class GuardedMemory implements VirtioMemory {
    private final VirtioMemory memory;
    long accesses;
    boolean strict;
    /** While strict: where the device wrote (address, length) and what, in order. */
    final java.util.List<long[]> writes = new java.util.ArrayList<>();
    final java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();

    GuardedMemory(VirtioMemory memory) {
        this.memory = memory;
    }

    private void check(long address, long length) {
        accesses++;
        if (strict && !memory.contains(address, length)) {
            throw new AssertionError("device touched guest memory outside RAM: 0x" + Long.toHexString(address) + "+"
                    + length);
        }
    }

    @Override
    public boolean contains(long address, long length) {
        return memory.contains(address, length);
    }

    @Override
    public int read8(long address) {
        check(address, 1);
        return memory.read8(address);
    }

    @Override
    public int read16(long address) {
        check(address, 2);
        return memory.read16(address);
    }

    @Override
    public int read32(long address) {
        check(address, 4);
        return memory.read32(address);
    }

    @Override
    public long read64(long address) {
        check(address, 8);
        return memory.read64(address);
    }

    @Override
    public void write8(long address, int value) {
        check(address, 1);
        memory.write8(address, value);
    }

    @Override
    public void write16(long address, int value) {
        check(address, 2);
        memory.write16(address, value);
    }

    @Override
    public void write32(long address, int value) {
        check(address, 4);
        memory.write32(address, value);
    }

    @Override
    public void write64(long address, long value) {
        check(address, 8);
        memory.write64(address, value);
    }

    @Override
    public int loadAcquire16(long address) {
        check(address, 2);
        return memory.loadAcquire16(address);
    }

    @Override
    public void storeRelease16(long address, int value) {
        check(address, 2);
        memory.storeRelease16(address, value);
    }

    @Override
    public void fullFence() {
        memory.fullFence();
    }

    @Override
    public void copyToArray(long address, byte[] dst, int off, int len) {
        check(address, len);
        memory.copyToArray(address, dst, off, len);
    }

    @Override
    public void copyFromArray(byte[] src, int off, long address, int len) {
        check(address, len);
        if (strict) {
            writes.add(new long[] {address, len});
            written.write(src, off, len);
        }
        memory.copyFromArray(src, off, address, len);
    }
}
