package org.torito.guest.kernel;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;

/** {@link SharedMemory} over off-heap memory, with the Java memory model's acquire/release. */
final class SegmentMemory implements SharedMemory {
    private static final VarHandle INT = ValueLayout.JAVA_INT.varHandle();
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();

    private final MemorySegment segment;

    SegmentMemory(long size) {
        this.segment = Arena.ofAuto().allocate(size, 4096);
    }

    @Override
    public long size() {
        return segment.byteSize();
    }

    @Override
    public int loadAcquireInt(long offset) {
        return (int) INT.getAcquire(segment, offset);
    }

    @Override
    public long loadAcquireLong(long offset) {
        return (long) LONG.getAcquire(segment, offset);
    }

    @Override
    public void storeReleaseInt(long offset, int value) {
        INT.setRelease(segment, offset, value);
    }

    @Override
    public void storeReleaseLong(long offset, long value) {
        LONG.setRelease(segment, offset, value);
    }

    @Override
    public void fullFence() {
        VarHandle.fullFence();
    }

    @Override
    public void copyIn(long offset, byte[] source, int from, int length) {
        MemorySegment.copy(source, from, segment, ValueLayout.JAVA_BYTE, offset, length);
    }

    @Override
    public void copyOut(long offset, byte[] target, int to, int length) {
        MemorySegment.copy(segment, ValueLayout.JAVA_BYTE, offset, target, to, length);
    }
}
