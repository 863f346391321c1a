package org.torito.virtio;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * {@link VirtioMemory} over one {@link MemorySegment} mapped at guest-physical {@code base}:
 * what the monitor uses for guest RAM. HotSpot only (FFM); the guest never reaches this class.
 */
public final class SegmentVirtioMemory implements VirtioMemory {

    private static final ValueLayout.OfShort U16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    // Ring indexes are naturally aligned, so the aligned layout's atomic access modes apply.
    // x86 is little-endian, which is what virtio 1.x mandates; no byte swap is needed.
    private static final VarHandle INDEX = ValueLayout.JAVA_SHORT.withOrder(ByteOrder.LITTLE_ENDIAN).varHandle();

    private final MemorySegment segment;
    private final long base;
    private final long size;

    public SegmentVirtioMemory(MemorySegment segment, long base) {
        if (Long.compareUnsigned(base + segment.byteSize(), base) < 0 && base + segment.byteSize() != 0) {
            throw new IllegalArgumentException("guest memory at 0x" + Long.toHexString(base) + " of "
                    + segment.byteSize() + " bytes wraps past 2^64");
        }
        this.segment = segment;
        this.base = base;
        this.size = segment.byteSize();
    }

    public long base() {
        return base;
    }

    public long size() {
        return size;
    }

    @Override
    public boolean contains(long address, long length) {
        if (length < 0 || Long.compareUnsigned(address, base) < 0) {
            return false;
        }
        long offset = address - base;
        return Long.compareUnsigned(offset, size) <= 0 && length <= size - offset;
    }

    // Every ring and descriptor access passes here, so it is the short form of contains(): an
    // address below base wraps to a huge unsigned offset, which fails the last comparison.
    private long offset(long address, long length) {
        long offset = address - base;
        if (length < 0 || length > size || Long.compareUnsigned(offset, size - length) > 0) {
            throw GuestMemoryException.outside(address, length, base, size);
        }
        return offset;
    }

    private long alignedOffset(long address, long length) {
        long offset = offset(address, length);
        if ((address & (length - 1)) != 0) {
            throw new GuestMemoryException("unaligned atomic access at 0x" + Long.toHexString(address));
        }
        return offset;
    }

    @Override
    public int read8(long address) {
        return segment.get(ValueLayout.JAVA_BYTE, offset(address, 1)) & 0xff;
    }

    @Override
    public int read16(long address) {
        return segment.get(U16, offset(address, 2)) & 0xffff;
    }

    @Override
    public int read32(long address) {
        return segment.get(U32, offset(address, 4));
    }

    @Override
    public long read64(long address) {
        return segment.get(U64, offset(address, 8));
    }

    @Override
    public void write8(long address, int value) {
        segment.set(ValueLayout.JAVA_BYTE, offset(address, 1), (byte) value);
    }

    @Override
    public void write16(long address, int value) {
        segment.set(U16, offset(address, 2), (short) value);
    }

    @Override
    public void write32(long address, int value) {
        segment.set(U32, offset(address, 4), value);
    }

    @Override
    public void write64(long address, long value) {
        segment.set(U64, offset(address, 8), value);
    }

    @Override
    public int loadAcquire16(long address) {
        return ((short) INDEX.getAcquire(segment, alignedOffset(address, 2))) & 0xffff;
    }

    @Override
    public void storeRelease16(long address, int value) {
        INDEX.setRelease(segment, alignedOffset(address, 2), (short) value);
    }

    @Override
    public void fullFence() {
        VarHandle.fullFence();
    }

    @Override
    public void copyToArray(long address, byte[] dst, int off, int len) {
        MemorySegment.copy(segment, ValueLayout.JAVA_BYTE, offset(address, len), dst, off, len);
    }

    @Override
    public void copyFromArray(byte[] src, int off, long address, int len) {
        MemorySegment.copy(src, off, segment, ValueLayout.JAVA_BYTE, offset(address, len), len);
    }
}
