package org.torito.virtio;

/** An access outside guest memory: a bug in the caller, which should have checked {@link VirtioMemory#contains}. */
public final class GuestMemoryException extends RuntimeException {

    public GuestMemoryException(String message) {
        super(message);
    }

    /** Names the access in hex, e.g. "guest memory access 0x1000+8 outside 0x0..0x800". */
    public static GuestMemoryException outside(long address, long length, long base, long size) {
        return new GuestMemoryException("guest memory access 0x" + Long.toHexString(address) + "+" + length
                + " outside 0x" + Long.toHexString(base) + "..0x" + Long.toHexString(base + size));
    }
}
