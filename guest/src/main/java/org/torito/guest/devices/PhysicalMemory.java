package org.torito.guest.devices;

import org.teavm.interop.Address;
import org.torito.guest.kernel.DeviceCalls;
import org.torito.guest.kernel.KernelCalls;
import org.torito.virtio.VirtioMemory;

/**
 * The guest's own address space as virtio's memory: RAM is identity-mapped, so a
 * guest-physical address is a pointer. Only the kernel's drivers use it, on memory they
 * allocated (DMA memory), so it checks nothing; a wrong address faults like any bad pointer.
 */
public final class PhysicalMemory implements VirtioMemory {
    public static final PhysicalMemory INSTANCE = new PhysicalMemory();

    private PhysicalMemory() {
    }

    @Override
    public boolean contains(long address, long length) {
        return address > 0 && length >= 0 && address + length >= address;
    }

    @Override
    public int read8(long address) {
        return Address.fromLong(address).getByte() & 0xFF;
    }

    @Override
    public int read16(long address) {
        return Address.fromLong(address).getShort() & 0xFFFF;
    }

    @Override
    public int read32(long address) {
        return Address.fromLong(address).getInt();
    }

    @Override
    public long read64(long address) {
        return Address.fromLong(address).getLong();
    }

    @Override
    public void write8(long address, int value) {
        Address.fromLong(address).putByte((byte) value);
    }

    @Override
    public void write16(long address, int value) {
        Address.fromLong(address).putShort((short) value);
    }

    @Override
    public void write32(long address, int value) {
        Address.fromLong(address).putInt(value);
    }

    @Override
    public void write64(long address, long value) {
        Address.fromLong(address).putLong(value);
    }

    @Override
    public int loadAcquire16(long address) {
        return DeviceCalls.loadAcquireShort(address);
    }

    @Override
    public void storeRelease16(long address, int value) {
        DeviceCalls.storeReleaseShort(address, value);
    }

    @Override
    public void fullFence() {
        KernelCalls.fullFence();
    }

    // No allocation happens during a copy, so the array cannot move under it.
    @Override
    public void copyToArray(long address, byte[] dst, int off, int len) {
        KernelCalls.copyMemory(Address.ofData(dst).add(off).toLong(), address, len);
    }

    @Override
    public void copyFromArray(byte[] src, int off, long address, int len) {
        KernelCalls.copyMemory(address, Address.ofData(src).add(off).toLong(), len);
    }
}
