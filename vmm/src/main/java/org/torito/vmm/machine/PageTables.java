package org.torito.vmm.machine;

/**
 * Builds the identity-mapped 4-level page tables from a {@link PageMap}: a 2 MiB page where a
 * whole 2 MiB chunk has one mapping, a page table of 4 KiB pages where it does not.
 * Accessed and dirty bits are preset so the CPU never needs to write them.
 */
public final class PageTables {
    private static final long LARGE_PAGE = 2L * 1024 * 1024;
    private static final long GIB = 1024L * 1024 * 1024;
    /** Upper levels allow everything; the leaf entry decides. */
    private static final long TABLE = PageFlags.PRESENT | PageFlags.WRITABLE | PageFlags.USER | PageFlags.ACCESSED;

    private PageTables() {
    }

    /** Writes the tables into {@code memory} and returns the PML4 address, for CR3. */
    public static long build(GuestMemory memory, SystemArea area, PageMap map) {
        long ram = map.size();
        if (ram > 512 * GIB) {
            throw new IllegalArgumentException("guest RAM above 512 GiB needs a second PML4 entry");
        }
        long pml4 = area.allocate(PageMap.PAGE, "the page tables");
        long pdpt = area.allocate(PageMap.PAGE, "the page tables");
        memory.writeLong(pml4, pdpt | TABLE);
        long gibs = (ram + GIB - 1) / GIB;
        for (long g = 0; g < gibs; g++) {
            long pd = area.allocate(PageMap.PAGE, "the page tables");
            memory.writeLong(pdpt + 8 * g, pd | TABLE);
            for (long i = 0; i < 512; i++) {
                long chunk = g * GIB + i * LARGE_PAGE;
                if (chunk >= ram) {
                    break;
                }
                memory.writeLong(pd + 8 * i, directoryEntry(memory, area, map, chunk));
            }
        }
        return pml4;
    }

    private static long directoryEntry(GuestMemory memory, SystemArea area, PageMap map, long chunk) {
        if (map.uniform(chunk, chunk + LARGE_PAGE)) {
            long flags = map.flagsAt(chunk);
            return flags == PageFlags.NOT_PRESENT ? 0 : chunk | leaf(flags) | PageFlags.LARGE;
        }
        long table = area.allocate(PageMap.PAGE, "the page tables");
        for (long i = 0; i < 512; i++) {
            long page = chunk + i * PageMap.PAGE;
            long flags = map.flagsAt(page);
            memory.writeLong(table + 8 * i, flags == PageFlags.NOT_PRESENT ? 0 : page | leaf(flags));
        }
        return table | TABLE;
    }

    private static long leaf(long flags) {
        return flags | PageFlags.ACCESSED | PageFlags.DIRTY;
    }
}
