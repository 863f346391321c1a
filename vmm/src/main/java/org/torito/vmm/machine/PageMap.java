package org.torito.vmm.machine;

import java.util.Map;
import java.util.TreeMap;

/**
 * What each 4 KiB page of guest RAM is mapped as, kept as runs: a key is where a run starts,
 * its value the page flags up to the next key. Cheap for any RAM size; a later {@link #map}
 * overrides an earlier one.
 */
public final class PageMap {
    public static final long PAGE = 4096;

    private final TreeMap<Long, Long> runs = new TreeMap<>();
    private final long size;

    /** All of [0, size) starts not present. */
    public PageMap(long size) {
        this.size = size;
        runs.put(0L, PageFlags.NOT_PRESENT);
    }

    public long size() {
        return size;
    }

    /** Maps [start, end) with {@code flags}; both ends must be page-aligned. */
    public void map(long start, long end, long flags) {
        if (start % PAGE != 0 || end % PAGE != 0 || start < 0 || end > size || start > end) {
            throw new IllegalArgumentException(String.format("bad page range [0x%x, 0x%x)", start, end));
        }
        if (start == end) {
            return;
        }
        long after = flagsAt(end);
        runs.subMap(start, true, end, false).clear();
        runs.put(start, flags);
        if (end < size && !runs.containsKey(end)) {
            runs.put(end, after);
        }
    }

    /** The flags of the page that holds {@code address}. */
    public long flagsAt(long address) {
        if (address >= size) {
            return PageFlags.NOT_PRESENT;
        }
        return runs.floorEntry(address).getValue();
    }

    /** Whether [start, end) is one run, so one large page could map it. */
    public boolean uniform(long start, long end) {
        if (end > size) {
            return false;
        }
        Map.Entry<Long, Long> next = runs.higherEntry(start);
        return next == null || next.getKey() >= end;
    }
}
