package org.torito.vmm.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The boot info lands at the offsets docs/boot-abi.md gives. */
class BootInfoTest {
    private static final long MIB = 1024 * 1024;

    @Test
    void everyFieldAtItsOffset() {
        GuestLayout layout = new GuestLayout(64 * MIB, 2);
        byte[] cmdline = "console=ttyS0 é".getBytes(StandardCharsets.UTF_8);
        BootInfo.Region[] regions = {new BootInfo.Region(0x300000, 0x100000, BootInfo.TYPE_USABLE)};
        long base = 0x9000;
        try (GuestMemory memory = GuestMemory.allocate(64 * MIB)) {
            BootInfo.write(memory, base, layout, 2_500_000_000L, cmdline, regions, 0x200000, 0x300000, true);
            assertEquals(0x49524F54, memory.readInt(base));
            assertEquals("TORI", new String(memory.read(base, 4), StandardCharsets.US_ASCII));
            assertEquals(1, memory.readInt(base + 4));
            assertEquals(120, memory.readInt(base + 8));
            assertEquals(2, memory.readInt(base + 12));
            assertEquals(2_500_000_000L, memory.readLong(base + 16));
            assertEquals(64 * MIB, memory.readLong(base + 24));
            long cmdlineAt = memory.readLong(base + 32);
            assertEquals(cmdline.length, memory.readInt(base + 40));
            assertEquals("console=ttyS0 é", new String(memory.read(cmdlineAt, cmdline.length), StandardCharsets.UTF_8));
            assertEquals(0, memory.read(cmdlineAt + cmdline.length, 1)[0]);
            assertEquals(1, memory.readInt(base + 44));
            long regionsAt = memory.readLong(base + 48);
            assertEquals(0x300000, memory.readLong(regionsAt));
            assertEquals(0x100000, memory.readLong(regionsAt + 8));
            assertEquals(1, memory.readInt(regionsAt + 16));
            assertEquals(0x200000, memory.readLong(base + 56));
            assertEquals(0x300000, memory.readLong(base + 64));
            long coresAt = memory.readLong(base + 72);
            for (int core = 0; core < 2; core++) {
                assertEquals(layout.stackBottom(core), memory.readLong(coresAt + 32L * core));
                assertEquals(layout.stackTop(core), memory.readLong(coresAt + 32L * core + 8));
                assertEquals(GuestLayout.STACK_SIZE, layout.stackTop(core) - layout.stackBottom(core));
            }
            assertEquals(64 * MIB, layout.stackTop(1));
            assertEquals(0, memory.readInt(base + 80));
            assertEquals(0, memory.readLong(base + 96));
            assertEquals(1, memory.readInt(base + 112));
            assertEquals(BootInfo.size(2, 1, cmdline), cmdlineAt + cmdline.length + 1 - base);
        }
    }
}
