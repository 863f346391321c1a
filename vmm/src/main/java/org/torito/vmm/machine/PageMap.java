package org.torito.vmm.machine;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * What each 4 KiB page of the guest's address space is mapped as, kept as runs: a key is
 * where a run starts, its value the page flags and where the run's pages lie in guest RAM, up
 * to the next key. Pages are identity-mapped unless {@link #relocate} moved them (a core's
 * private copy of the image's writable pages). Cheap for any size; a later change overrides
 * an earlier one.
 */
public final class PageMap {
    public static final long PAGE = 4096;

    /** The flags of a run, and {@code offset} = guest-physical minus virtual address. */
    record Mapping(long flags, long offset) {
    }

    private static final Mapping UNMAPPED = new Mapping(PageFlags.NOT_PRESENT, 0);

    private final TreeMap<Long, Mapping> runs;
    private final long size;

    /** All of [0, size) starts not present. */
    public PageMap(long size) {
        this.size = size;
        this.runs = new TreeMap<>();
        runs.put(0L, UNMAPPED);
    }

    private PageMap(PageMap other) {
        this.size = other.size;
        this.runs = new TreeMap<>(other.runs);
    }

    /** An independent copy, to derive another core's map from. */
    public PageMap copy() {
        return new PageMap(this);
    }

    public long size() {
        return size;
    }

    /** Identity-maps [start, end) with {@code flags}; both ends must be page-aligned. */
    public void map(long start, long end, long flags) {
        put(start, end, flags == PageFlags.NOT_PRESENT ? UNMAPPED : new Mapping(flags, 0));
    }

    /**
     * Keeps the flags of [start, end) but moves its pages to guest-physical {@code address + shift}.
     */
    public void relocate(long start, long end, long shift) {
        check(start, end);
        List<long[]> pieces = new ArrayList<>();
        long at = start;
        while (at < end) {
            Long next = runs.higherKey(at);
            long pieceEnd = next == null ? end : Math.min(end, next);
            pieces.add(new long[] {at, pieceEnd});
            at = pieceEnd;
        }
        for (long[] piece : pieces) {
            Mapping m = mappingAt(piece[0]);
            if (m.flags() != PageFlags.NOT_PRESENT) {
                put(piece[0], piece[1], new Mapping(m.flags(), m.offset() + shift));
            }
        }
    }

    private void check(long start, long end) {
        if (start % PAGE != 0 || end % PAGE != 0 || start < 0 || end > size || start > end) {
            throw new IllegalArgumentException(String.format("bad page range [0x%x, 0x%x)", start, end));
        }
    }

    private void put(long start, long end, Mapping mapping) {
        check(start, end);
        if (start == end) {
            return;
        }
        Mapping after = mappingAt(end);
        runs.subMap(start, true, end, false).clear();
        runs.put(start, mapping);
        if (end < size && !runs.containsKey(end)) {
            runs.put(end, after);
        }
    }

    Mapping mappingAt(long address) {
        if (address >= size) {
            return UNMAPPED;
        }
        return runs.floorEntry(address).getValue();
    }

    /** One run of pages: [start, end) virtual, their flags, and guest-physical minus virtual address. */
    public record Run(long start, long end, long flags, long offset) {
    }

    /** Every run, in address order, mapped or not. */
    public List<Run> runs() {
        List<Run> all = new ArrayList<>();
        for (var entry : runs.entrySet()) {
            Long next = runs.higherKey(entry.getKey());
            all.add(new Run(entry.getKey(), next == null ? size : next, entry.getValue().flags(),
                    entry.getValue().offset()));
        }
        return all;
    }

    /** The flags of the page that holds {@code address}. */
    public long flagsAt(long address) {
        return mappingAt(address).flags();
    }

    /** The guest-physical address {@code address} maps to (meaningful only where mapped). */
    public long physicalAt(long address) {
        return address + mappingAt(address).offset();
    }

    /** Whether no page of [start, end) is mapped. */
    public boolean absent(long start, long end) {
        if (start >= size) {
            return true;
        }
        long last = Math.min(end, size);
        return flagsAt(start) == PageFlags.NOT_PRESENT && uniform(start, last);
    }

    /** Whether {@code other} maps every page of [start, end) as this map does. */
    public boolean sameAs(PageMap other, long start, long end) {
        if (other.size != size) {
            return false;
        }
        if (start >= size) {
            return true;
        }
        long last = Math.min(end, size);
        return mappingAt(start).equals(other.mappingAt(start))
                && runs.subMap(start, false, last, false).equals(other.runs.subMap(start, false, last, false));
    }

    /** Whether [start, end) is one run, so one large page could map it (if its frame is aligned). */
    public boolean uniform(long start, long end) {
        if (end > size) {
            return false;
        }
        Long next = runs.higherKey(start);
        return next == null || next >= end;
    }
}
