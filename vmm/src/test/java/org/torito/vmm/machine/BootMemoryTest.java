package org.torito.vmm.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.torito.vmm.config.GuestSettings;
import org.torito.vmm.elf.ElfBuilder;
import org.torito.vmm.elf.ElfImage;

/** Each core's page tables, walked the way its CPU would: private copies, shared pages, the doorbells. */
class BootMemoryTest {
    private static final long MIB = 1024 * 1024;
    private static final long GIB = 1024 * MIB;
    private static final long TEXT = 0x200000;
    private static final long DATA = 0x203000;

    /** Where {@code address} lands in guest-physical memory and with which rights; null when not present. */
    private record Walk(long physical, long rights) {
    }

    private static Walk walk(GuestMemory memory, long pml4, long address) {
        long table = pml4;
        long rights = PageFlags.WRITABLE | PageFlags.USER;
        long nx = 0;
        for (int level = 3; level >= 0; level--) {
            long entry = memory.readLong((table & 0x000FFFFFFFFFF000L) + 8 * ((address >>> (12 + 9 * level)) & 511));
            if ((entry & PageFlags.PRESENT) == 0) {
                return null;
            }
            rights &= entry;
            nx |= entry & PageFlags.NO_EXECUTE;
            if (level == 0 || (level == 1 && (entry & PageFlags.LARGE) != 0)) {
                long mask = level == 1 ? 2 * MIB - 1 : 0xFFF;
                return new Walk((entry & 0x000FFFFFFFFFF000L & ~mask) | (address & mask), rights | nx | 1);
            }
            table = entry;
        }
        throw new AssertionError();
    }

    @Test
    void sixtyFourCoresEachSeeTheirOwnDataAndShareTheRest() {
        byte[] data = new byte[0x2800];
        data[0] = 42;
        data[0x27FF] = 43;
        byte[] elf = new ElfBuilder().entry(TEXT)
                .load(TEXT, ElfBuilder.PF_R | ElfBuilder.PF_X, new byte[] {(byte) 0xEB, (byte) 0xFE})
                .load(DATA, ElfBuilder.PF_R | ElfBuilder.PF_W, data, 0x2800 + 3 * MIB)   // .bss of 3 MiB
                .build();
        ElfImage image = ElfImage.parse(Path.of("guest.elf"), elf);
        long ram = 8 * GIB + 64 * MIB;
        GuestLayout layout = GuestLayout.plan(ram, 64, image);
        try (GuestMemory memory = GuestMemory.allocate(ram)) {
            BootMemory boot = BootMemory.write(memory, layout, image, List.of(), new byte[0], GuestSettings.NONE, new byte[0], 1_000_000_000L, false, 0);
            long bss = DATA + 0x2800 + 2 * MIB;
            for (int core = 0; core < 64; core++) {
                long pml4 = boot.tables().get(core).pml4();
                long shift = layout.privateShift(core);
                assertEquals(core == 0, shift == 0, "core " + core);
                Walk text = walk(memory, pml4, TEXT);
                assertEquals(TEXT, text.physical(), "code is shared");
                assertEquals(PageFlags.USER_CODE, text.rights());
                Walk d = walk(memory, pml4, DATA);
                assertEquals(DATA + shift, d.physical(), "core " + core + " data");
                assertEquals(PageFlags.USER_DATA, d.rights());
                assertEquals(42, memory.read(d.physical(), 1)[0]);
                assertEquals(43, memory.read(walk(memory, pml4, DATA + 0x27FF).physical(), 1)[0]);
                assertEquals(bss + shift, walk(memory, pml4, bss).physical(), "core " + core + " .bss");
                assertEquals(layout.sharedBase(), walk(memory, pml4, layout.sharedBase()).physical());
                Walk bell = walk(memory, pml4, layout.doorbell(core));
                assertEquals(layout.doorbell(core), bell.physical());
                assertEquals(PageFlags.USER_DATA, bell.rights());
                Walk device = walk(memory, pml4, layout.deviceBase(GuestLayout.MMIO_DEVICE_SLOTS - 1));
                assertEquals(layout.deviceBase(GuestLayout.MMIO_DEVICE_SLOTS - 1), device.physical(), "device pages");
                assertEquals(PageFlags.USER_DATA, device.rights());
                assertEquals(null, walk(memory, pml4, layout.addressSpaceEnd()), "past the device pages");
                assertEquals(null, walk(memory, pml4, ram), "between RAM and the doorbells");
                assertEquals(layout.regionBase(63), walk(memory, pml4, layout.regionBase(63)).physical());
                assertEquals(null, walk(memory, pml4, layout.guardPage(core)));
            }
            for (int core = 1; core < 64; core++) {
                assertTrue(layout.copyBase(core) >= layout.copyBase(core - 1) + layout.privatePages().spanSize());
            }
        }
    }
}
