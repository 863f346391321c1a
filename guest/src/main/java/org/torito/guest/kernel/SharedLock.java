package org.torito.guest.kernel;

/**
 * A spin lock in the shared region, for the few things every core must take turns at: today,
 * a virtio-mmio device's selector registers (QueueSel, DeviceFeaturesSel), which the whole
 * device shares, so two cores setting up their queues at once would program each other's.
 * A holder never suspends while it holds the lock (it only does MMIO), so the one waiting is
 * always on another core, and spinning is right. Not reentrant.
 */
public final class SharedLock {
    private final long address;

    private SharedLock(long address) {
        this.address = address;
    }

    /** The lock of device {@code device} (its index in the boot info). */
    public static SharedLock forDevice(int device) {
        SharedLayout layout = new SharedLayout(KernelCalls.sharedSize(), KernelCalls.cores());
        return new SharedLock(KernelCalls.sharedBase() + layout.deviceLockOffset(device));
    }

    public void lock() {
        int owner = KernelCalls.core() + 1;
        while (KernelCalls.compareAndSetInt(address, 0, owner) == 0) {
            KernelCalls.cpuRelax();
        }
    }

    public void unlock() {
        KernelCalls.storeReleaseInt(address, 0);
    }
}
