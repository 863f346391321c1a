package org.torito.vmm.machine;

import java.util.ArrayList;
import java.util.List;

import org.torito.vmm.elf.ElfImage;
import org.torito.vmm.elf.ElfSegment;

/**
 * The image pages every core has its own copy of: each writable PT_LOAD, widened to whole
 * pages and merged where they touch (docs/boot-abi.md, "One isolate per core"). A core's copy
 * keeps the ranges' distances, so one shift per core maps the whole span.
 */
public record PrivatePages(List<Range> ranges) {
    /** A page-aligned virtual range [start, end). */
    public record Range(long start, long end) {
    }

    public PrivatePages {
        ranges = List.copyOf(ranges);
    }

    public static PrivatePages of(ElfImage image) {
        List<Range> ranges = new ArrayList<>();
        image.segments().stream()
                .filter(ElfSegment::writable)
                .map(s -> new Range(s.address() & -PageMap.PAGE, (s.end() + PageMap.PAGE - 1) & -PageMap.PAGE))
                .sorted((a, b) -> Long.compare(a.start(), b.start()))
                .forEach(r -> {
                    if (!ranges.isEmpty() && ranges.getLast().end() >= r.start()) {
                        Range last = ranges.removeLast();
                        ranges.add(new Range(last.start(), Math.max(last.end(), r.end())));
                    } else {
                        ranges.add(r);
                    }
                });
        return new PrivatePages(ranges);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** The lowest private address (0 when there are none). */
    public long spanStart() {
        return isEmpty() ? 0 : ranges.getFirst().start();
    }

    /** Bytes from the first private page to the end of the last: what one core's copy takes. */
    public long spanSize() {
        return isEmpty() ? 0 : ranges.getLast().end() - ranges.getFirst().start();
    }
}
