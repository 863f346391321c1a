package org.torito.virtio.fuzz;

import org.torito.virtio.VirtioMemory;

/** Guest memory that counts accesses, so a fuzz test can assert the device's work stays bounded. */
final class CountingMemory implements VirtioMemory {

    private final VirtioMemory memory;
    long accesses;

    CountingMemory(VirtioMemory memory) {
        this.memory = memory;
    }

    @Override
    public boolean contains(long address, long length) {
        return memory.contains(address, length);
    }

    @Override
    public int read8(long address) {
        accesses++;
        return memory.read8(address);
    }

    @Override
    public int read16(long address) {
        accesses++;
        return memory.read16(address);
    }

    @Override
    public int read32(long address) {
        accesses++;
        return memory.read32(address);
    }

    @Override
    public long read64(long address) {
        accesses++;
        return memory.read64(address);
    }

    @Override
    public void write8(long address, int value) {
        accesses++;
        memory.write8(address, value);
    }

    @Override
    public void write16(long address, int value) {
        accesses++;
        memory.write16(address, value);
    }

    @Override
    public void write32(long address, int value) {
        accesses++;
        memory.write32(address, value);
    }

    @Override
    public void write64(long address, long value) {
        accesses++;
        memory.write64(address, value);
    }

    @Override
    public int loadAcquire16(long address) {
        accesses++;
        return memory.loadAcquire16(address);
    }

    @Override
    public void storeRelease16(long address, int value) {
        accesses++;
        memory.storeRelease16(address, value);
    }

    @Override
    public void fullFence() {
        memory.fullFence();
    }

    @Override
    public void copyToArray(long address, byte[] dst, int off, int len) {
        accesses++;
        memory.copyToArray(address, dst, off, len);
    }

    @Override
    public void copyFromArray(byte[] src, int off, long address, int len) {
        accesses++;
        memory.copyFromArray(src, off, address, len);
    }
}
