package org.torito.virtio;

import java.lang.foreign.Arena;

/** Test guest RAM: zeroed native memory at a guest-physical base, as the monitor would map it. */
public final class GuestRam {

    private GuestRam() {
    }

    public static SegmentVirtioMemory at(long base, long size) {
        return new SegmentVirtioMemory(Arena.ofAuto().allocate(size, 4096), base);
    }
}
