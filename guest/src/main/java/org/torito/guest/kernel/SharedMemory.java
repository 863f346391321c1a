package org.torito.guest.kernel;

/**
 * Memory that another core reads and writes at the same time: the shared region in a guest, a
 * MemorySegment in a HotSpot test. Offsets are bytes from the start of this memory. Only
 * these accesses are safe across cores: a plain load may be hoisted out of a loop by the
 * compiler and a plain store may be reordered before the data it publishes.
 */
public interface SharedMemory {

    long size();

    int loadAcquireInt(long offset);

    long loadAcquireLong(long offset);

    void storeReleaseInt(long offset, int value);

    void storeReleaseLong(long offset, long value);

    /** Orders every earlier store before every later load (a store-load barrier, mfence). */
    void fullFence();

    /** Copies {@code length} bytes of {@code source} from {@code from} to {@code offset}; no ordering. */
    void copyIn(long offset, byte[] source, int from, int length);

    /** Copies {@code length} bytes at {@code offset} into {@code target} at {@code to}; no ordering. */
    void copyOut(long offset, byte[] target, int to, int length);
}
