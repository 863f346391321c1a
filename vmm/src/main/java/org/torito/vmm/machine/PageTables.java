package org.torito.vmm.machine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds 4-level page tables from {@link PageMap}s, one PML4 per core: a 2 MiB page where a
 * whole 2 MiB chunk has one mapping with an aligned frame, a page table of 4 KiB pages where
 * it does not. Cores' maps differ only in a few places (their private copies), so a table
 * whose whole range maps the same for a core as for core 0 is core 0's table, shared: with 64
 * cores the tables still fit the 2 MiB system area. Accessed and dirty bits are preset so the
 * CPU never needs to write them.
 */
public final class PageTables {
    private static final int ENTRIES = 512;
    /** Bytes one entry covers at each level: PT, PD, PDPT, PML4. */
    private static final long[] SPAN = {PageMap.PAGE, 2L << 20, 1L << 30, 512L << 30};
    private static final int TOP = 3;
    /** Upper levels allow everything; the leaf entry decides. */
    private static final long TABLE = PageFlags.PRESENT | PageFlags.WRITABLE | PageFlags.USER | PageFlags.ACCESSED;
    private static final long FRAME = 0x000FFFFFFFFFF000L;

    private final GuestMemory memory;
    private final SystemArea area;
    private final PageMap first;
    /** Tables built for the first map, by level and start address. */
    private final Map<Long, Long> firstTables = new HashMap<>();

    private PageTables(GuestMemory memory, SystemArea area, PageMap first) {
        this.memory = memory;
        this.area = area;
        this.first = first;
    }

    /** Writes the tables for one map and returns the PML4 address, for CR3. */
    public static long build(GuestMemory memory, SystemArea area, PageMap map) {
        return build(memory, area, List.of(map))[0];
    }

    /** Writes the tables for every map, sharing what they have in common; returns each PML4. */
    public static long[] build(GuestMemory memory, SystemArea area, List<PageMap> maps) {
        if (maps.getFirst().size() > SPAN[TOP] * ENTRIES) {
            throw new IllegalArgumentException("a guest address space above 256 TiB needs 5-level paging");
        }
        PageTables builder = new PageTables(memory, area, maps.getFirst());
        long[] pml4 = new long[maps.size()];
        for (int i = 0; i < maps.size(); i++) {
            pml4[i] = builder.table(maps.get(i), i == 0, TOP, 0);
        }
        return pml4;
    }

    private static long key(int level, long base) {
        return base | level;
    }

    /** The table at {@code level} that covers from {@code base}; returns its address. */
    private long table(PageMap map, boolean isFirst, int level, long base) {
        if (!isFirst && first.sameAs(map, base, base + SPAN[level] * ENTRIES)) {
            Long shared = firstTables.get(key(level, base));
            if (shared != null) {
                return shared;
            }
        }
        long[] entries = new long[ENTRIES];
        for (int i = 0; i < ENTRIES; i++) {
            entries[i] = entry(map, isFirst, level, base + i * SPAN[level]);
        }
        long address = area.allocate(PageMap.PAGE, "the page tables");
        for (int i = 0; i < ENTRIES; i++) {
            if (entries[i] != 0) {
                memory.writeLong(address + 8L * i, entries[i]);
            }
        }
        if (isFirst) {
            firstTables.put(key(level, base), address);
        }
        return address;
    }

    private long entry(PageMap map, boolean isFirst, int level, long start) {
        long end = start + SPAN[level];
        if (start >= map.size() || map.absent(start, end)) {
            return 0;
        }
        PageMap.Mapping mapping = map.mappingAt(start);
        if (level == 0) {
            return leaf(start + mapping.offset(), mapping.flags());
        }
        if (level == 1 && map.uniform(start, end) && (start + mapping.offset()) % SPAN[1] == 0) {
            return leaf(start + mapping.offset(), mapping.flags()) | PageFlags.LARGE;
        }
        return table(map, isFirst, level - 1, start) | TABLE;
    }

    private static long leaf(long frame, long flags) {
        return (frame & FRAME) | flags | PageFlags.ACCESSED | PageFlags.DIRTY;
    }
}
