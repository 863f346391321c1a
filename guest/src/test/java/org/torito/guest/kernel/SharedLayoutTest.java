package org.torito.guest.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedLayoutTest {

    @Test
    void everyOrderedPairGetsItsOwnRingsInsideTheRegion() {
        for (int cores = 2; cores <= 8; cores++) {
            long shared = Math.max(1L << 20, cores * cores * 65536L);
            SharedLayout layout = new SharedLayout(shared, cores);
            List<long[]> ranges = new ArrayList<>();
            for (int from = 0; from < cores; from++) {
                for (int to = 0; to < cores; to++) {
                    if (from == to) {
                        continue;
                    }
                    ranges.add(new long[] {layout.controlBase(from, to), layout.controlSize()});
                    ranges.add(new long[] {layout.dataBase(from, to), layout.dataSize()});
                }
            }
            ranges.sort((a, b) -> Long.compare(a[0], b[0]));
            for (int i = 0; i < ranges.size(); i++) {
                long[] r = ranges.get(i);
                assertEquals(0, r[0] % 64);
                assertTrue(r[1] >= Ring.MIN_SIZE);
                assertTrue(r[0] + r[1] <= shared);
                if (i > 0) {
                    long[] p = ranges.get(i - 1);
                    assertTrue(p[0] + p[1] <= r[0], "rings overlap for " + cores + " cores");
                }
            }
        }
    }

    @Test
    void sameInputsSameLayout() {
        SharedLayout a = new SharedLayout(1 << 20, 3);
        SharedLayout b = new SharedLayout(1 << 20, 3);
        assertEquals(a.dataBase(2, 1), b.dataBase(2, 1));
        assertEquals(28 * 4096, a.slotSize());   // 1 MiB / 9, down to a page
    }

    @Test
    void noChannelToItselfOrToACoreThatDoesNotExist() {
        SharedLayout layout = new SharedLayout(1 << 20, 2);
        assertThrows(IllegalArgumentException.class, () -> layout.dataBase(1, 1));
        assertThrows(IllegalArgumentException.class, () -> layout.dataBase(0, 2));
        assertThrows(IllegalStateException.class, () -> new SharedLayout(4096, 2));
    }
}
