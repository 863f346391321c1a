package org.torito.vmm.machine;

import org.torito.vmm.BadInputException;

/**
 * The monitor's part of guest RAM, [0x1000, 0x200000): GDT, IDT, TSSs, fault stubs, ring-0
 * stacks, page tables and the boot info are carved out of it in page steps.
 */
public final class SystemArea {
    public static final long START = 0x1000;
    public static final long END = 0x200000;

    private long next = START;

    /** Reserves {@code bytes}, rounded up to whole pages, and returns the start address. */
    public long allocate(long bytes, String what) {
        long pages = (bytes + PageMap.PAGE - 1) / PageMap.PAGE;
        long start = next;
        if (pages > (END - next) / PageMap.PAGE) {
            throw new BadInputException("the monitor's 2 MiB system area is too small for " + what
                    + " with this memory size and core count");
        }
        next += pages * PageMap.PAGE;
        return start;
    }

    /** Hands out nothing below {@code address} from now on (a no-op when past it already). */
    public void skipTo(long address) {
        if (address > END) {
            throw new IllegalArgumentException(String.format("0x%x is past the system area", address));
        }
        next = Math.max(next, address);
    }

    /** The first address not yet handed out. */
    public long used() {
        return next;
    }
}
