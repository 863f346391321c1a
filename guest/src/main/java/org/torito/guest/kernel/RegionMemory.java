package org.torito.guest.kernel;

import org.teavm.interop.Address;

/** {@link SharedMemory} over a range of guest memory, e.g. the boot info's shared region. */
public final class RegionMemory implements SharedMemory {
    private final long base;
    private final long size;

    public RegionMemory(long base, long size) {
        this.base = base;
        this.size = size;
    }

    /** The shared region this guest was booted with. */
    public static RegionMemory sharedRegion() {
        return new RegionMemory(KernelCalls.sharedBase(), KernelCalls.sharedSize());
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public int loadAcquireInt(long offset) {
        return KernelCalls.loadAcquireInt(base + offset);
    }

    @Override
    public long loadAcquireLong(long offset) {
        return KernelCalls.loadAcquireLong(base + offset);
    }

    @Override
    public void storeReleaseInt(long offset, int value) {
        KernelCalls.storeReleaseInt(base + offset, value);
    }

    @Override
    public void storeReleaseLong(long offset, long value) {
        KernelCalls.storeReleaseLong(base + offset, value);
    }

    @Override
    public void fullFence() {
        KernelCalls.fullFence();
    }

    // No allocation happens during a copy, so the array cannot move under it.
    @Override
    public void copyIn(long offset, byte[] source, int from, int length) {
        KernelCalls.copyMemory(base + offset, Address.ofData(source).add(from).toLong(), length);
    }

    @Override
    public void copyOut(long offset, byte[] target, int to, int length) {
        KernelCalls.copyMemory(Address.ofData(target).add(to).toLong(), base + offset, length);
    }
}
