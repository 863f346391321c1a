package org.torito.vmm.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Walks the tables the builder writes, the way the CPU would, and checks the effective rights. */
class PageTablesTest {
    private static final long MIB = 1024 * 1024;
    private static final long RIGHTS = PageFlags.PRESENT | PageFlags.WRITABLE | PageFlags.USER | PageFlags.NO_EXECUTE;

    /** Effective P/W/U/NX of the 4 KiB page holding {@code address}; 0 when not present. */
    private static long walk(GuestMemory memory, long pml4, long address) {
        long table = pml4;
        long writable = PageFlags.WRITABLE;
        long user = PageFlags.USER;
        long nx = 0;
        for (int level = 3; level >= 0; level--) {
            long entry = memory.readLong((table & 0x000FFFFFFFFFF000L) + 8 * ((address >>> (12 + 9 * level)) & 511));
            if ((entry & PageFlags.PRESENT) == 0) {
                return 0;
            }
            writable &= entry;
            user &= entry;
            nx |= entry & PageFlags.NO_EXECUTE;
            if (level == 0 || (level == 1 && (entry & PageFlags.LARGE) != 0)) {
                long frame = level == 1 ? entry & 0x000FFFFFFFE00000L : entry & 0x000FFFFFFFFFF000L;
                long expected = level == 1 ? address & ~(2 * MIB - 1) : address & ~0xFFFL;
                assertEquals(expected, frame, "identity map at " + Long.toHexString(address));
                return PageFlags.PRESENT | writable | user | nx;
            }
            table = entry;
        }
        throw new AssertionError();
    }

    @Test
    void runsSplitAndUniformChunksBecomeLargePages() {
        long ram = 65 * MIB;  // not a whole number of 2 MiB pages
        PageMap map = new PageMap(ram);
        map.map(SystemArea.START, SystemArea.END, PageFlags.SUPERVISOR_DATA);
        map.map(0x9000, 0xA000, PageFlags.USER_READ_ONLY);
        map.map(0x200000, 0x203000, PageFlags.USER_CODE);
        map.map(0x203000, 0x800000, PageFlags.USER_DATA);
        map.map(0x800000, ram - 2 * MIB, PageFlags.USER_DATA);
        map.map(ram - MIB, ram, PageFlags.USER_DATA);
        try (GuestMemory memory = GuestMemory.allocate(ram)) {
            SystemArea area = new SystemArea();
            long pml4 = PageTables.build(memory, area, map);
            assertEquals(0, walk(memory, pml4, 0));
            assertEquals(0, walk(memory, pml4, 0xFFF));
            assertEquals(PageFlags.SUPERVISOR_DATA, walk(memory, pml4, 0x1000));
            assertEquals(PageFlags.USER_READ_ONLY, walk(memory, pml4, 0x9000));
            assertEquals(PageFlags.SUPERVISOR_DATA, walk(memory, pml4, 0xA000));
            assertEquals(PageFlags.USER_CODE, walk(memory, pml4, 0x202FFF));
            assertEquals(PageFlags.USER_DATA, walk(memory, pml4, 0x203000));
            assertEquals(PageFlags.USER_DATA, walk(memory, pml4, 0x1000000));
            assertEquals(0, walk(memory, pml4, ram - 2 * MIB), "gap");
            assertEquals(0, walk(memory, pml4, ram - MIB - 1));
            assertEquals(PageFlags.USER_DATA, walk(memory, pml4, ram - 1));
            assertEquals(0, walk(memory, pml4, ram), "beyond RAM");
            // PML4, PDPT, one PD, and page tables only for the mixed chunks [0, 2), [2, 4), [62, 64)
            // and [64, 65) MiB; every other chunk is one 2 MiB page.
            assertEquals(SystemArea.START + 7 * PageMap.PAGE, area.used());
        }
    }

    @Test
    void sharedPageGetsTheUnionOfRights() {
        assertEquals(PageFlags.PRESENT | PageFlags.USER | PageFlags.WRITABLE,
                PageFlags.union(PageFlags.USER_CODE, PageFlags.USER_DATA));
        assertEquals(PageFlags.USER_DATA, PageFlags.union(PageFlags.NOT_PRESENT, PageFlags.USER_DATA));
        assertEquals(RIGHTS & PageFlags.USER_READ_ONLY, PageFlags.union(PageFlags.USER_READ_ONLY,
                PageFlags.USER_READ_ONLY));
    }

    @Test
    void guestMemoryRejectsEveryOutOfRangeAccess() {
        try (GuestMemory memory = GuestMemory.allocate(MIB)) {
            assertThrows(GuestAddressException.class, () -> memory.readLong(MIB - 4));
            assertThrows(GuestAddressException.class, () -> memory.readLong(-8));
            assertThrows(GuestAddressException.class, () -> memory.read(8, -1));
            assertThrows(GuestAddressException.class, () -> memory.slice(16, Long.MAX_VALUE));
            assertThrows(GuestAddressException.class, () -> memory.write(MIB, new byte[1]));
            memory.writeLong(MIB - 8, 42);
            assertEquals(42, memory.readLong(MIB - 8));
        }
    }
}
