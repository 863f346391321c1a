package org.torito.virtio;

/**
 * Guest-physical memory as virtio sees it: little-endian accesses at 64-bit guest-physical
 * addresses. The monitor implements it over guest RAM ({@link SegmentVirtioMemory}); the guest
 * implements it over its own address space. Every access outside the memory throws
 * {@link GuestMemoryException}; callers that handle guest-controlled addresses check
 * {@link #contains} first so a hostile guest produces a refusal, not an exception.
 *
 * <p>Addresses are unsigned 64-bit values carried in a {@code long}.
 */
public interface VirtioMemory {

    /**
     * Whether {@code [address, address + length)} lies entirely inside this memory. Never
     * overflows: an address near 2^64 with any length is simply outside. A negative length is
     * outside; a zero length is inside when {@code address} is inside or at the end.
     */
    boolean contains(long address, long length);

    int read8(long address);

    int read16(long address);

    int read32(long address);

    long read64(long address);

    void write8(long address, int value);

    void write16(long address, int value);

    void write32(long address, int value);

    void write64(long address, long value);

    /** Reads a 16-bit ring index so that later reads see what the other side wrote before it. */
    int loadAcquire16(long address);

    /** Writes a 16-bit ring index so that the other side sees every earlier write first. */
    void storeRelease16(long address, int value);

    /** Orders earlier stores before later loads (needed before reading the other side's event index). */
    void fullFence();

    void copyToArray(long address, byte[] dst, int off, int len);

    void copyFromArray(byte[] src, int off, long address, int len);
}
