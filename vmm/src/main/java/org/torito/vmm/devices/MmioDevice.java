package org.torito.vmm.devices;

/**
 * A device the guest reaches through loads and stores to its page above RAM. KVM hands each
 * such access to the vCPU thread that made it, so several threads may call in at once.
 * Neither method may throw on anything the guest does: a bad access is the device's to
 * ignore or to answer with a broken state.
 */
public interface MmioDevice {

    /** The load at {@code offset} into this device's page, {@code width} bytes (1, 2, 4 or 8). */
    long read(long offset, int width);

    /** The store of {@code width} bytes of {@code value} at {@code offset}. */
    void write(long offset, int width, long value);
}
