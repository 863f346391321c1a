package org.torito.guest.kernel;

/**
 * Where each ordered pair of cores talks in the shared region. Every core computes the same
 * layout from the boot info alone (shared size, core count), so nobody has to publish it:
 * the region is cut into cores x cores equal slots, 4 KiB-aligned, slot (from, to) at index
 * {@code from * cores + to}. Each slot off the diagonal holds two rings from
 * {@code from} to {@code to}: the control ring (first quarter; start requests for the
 * kernel) and the data ring (the rest; the application's {@link org.torito.guest.Channel}).
 * Slot (0, 0), which no channel uses, holds the kernel's shared words: one
 * {@link SharedLock} per device, each on its own cache line.
 */
public final class SharedLayout {
    private static final long PAGE = 4096;
    private static final long CACHE_LINE = 64;
    /** The monitor's device pages (docs/boot-abi.md); their locks fill 2 KiB of slot (0, 0). */
    public static final int MAX_DEVICES = 32;

    private final int cores;
    private final long slotSize;

    public SharedLayout(long sharedSize, int cores) {
        if (cores < 1) {
            throw new IllegalArgumentException("core count must be at least 1, got " + cores);
        }
        this.cores = cores;
        this.slotSize = sharedSize / ((long) cores * cores) / PAGE * PAGE;
        if (cores > 1 && slotSize < 2 * PAGE) {
            throw new IllegalStateException("shared region of " + sharedSize + " bytes is too small for "
                    + cores + " cores (needs 8 KiB per ordered pair)");
        }
    }

    public int cores() {
        return cores;
    }

    public long slotSize() {
        return slotSize;
    }

    private long slot(int from, int to) {
        if (from < 0 || from >= cores || to < 0 || to >= cores || from == to) {
            throw new IllegalArgumentException("no channel from core " + from + " to core " + to + " on a machine of "
                    + cores + " cores");
        }
        return (from * (long) cores + to) * slotSize;
    }

    /** Where the lock that guards device {@code device}'s selector registers lives. */
    public long deviceLockOffset(int device) {
        if (device < 0 || device >= MAX_DEVICES) {
            throw new IllegalArgumentException("no device lock for device " + device);
        }
        return (long) device * CACHE_LINE;
    }

    public long controlBase(int from, int to) {
        return slot(from, to);
    }

    public long controlSize() {
        return slotSize / 4 / 64 * 64;
    }

    public long dataBase(int from, int to) {
        return slot(from, to) + controlSize();
    }

    public long dataSize() {
        return slotSize - controlSize();
    }
}
