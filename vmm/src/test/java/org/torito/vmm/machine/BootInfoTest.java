package org.torito.vmm.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.torito.vmm.BadInputException;
import org.torito.vmm.accel.WallClock;
import org.torito.vmm.config.DiskConfig;
import org.torito.vmm.config.GuestSettings;

/** The boot info lands at the offsets docs/boot-abi.md gives, and what it announces is consistent. */
class BootInfoTest {
    private static final long MIB = 1024 * 1024;
    private static final long GIB = 1024 * MIB;

    @Test
    void everyFieldAtItsOffset() {
        GuestLayout layout = new GuestLayout(64 * MIB, 2, 0x200000, 0x300000,
                new PrivatePages(List.of(new PrivatePages.Range(0x280000, 0x300000))));
        byte[] cmdline = "console=ttyS0 é".getBytes(StandardCharsets.UTF_8);
        long base = 0x9000;
        try (GuestMemory memory = GuestMemory.allocate(64 * MIB)) {
            List<BootInfo.Device> devices = List.of(new BootInfo.Device(layout.deviceBase(0), 0x1000, 2, 2, 5),
                    new BootInfo.Device(layout.deviceBase(1), 0x1000, 1, 4, 6));
            Map<String, String> env = new LinkedHashMap<>();
            env.put("PORT", "8080");
            env.put("GREETING", "héllo=world");
            GuestSettings settings = new GuestSettings(env, Map.of("app.mode", ""), true);
            byte[] mounts = DiskConfig.encodedMounts(List.of(new DiskConfig(Path.of("a.img"), false, "/data"),
                    new DiskConfig(Path.of("b.img"), true), new DiskConfig(Path.of("c.img"), true, "/")));
            BootInfo.write(memory, base, layout, devices, 2_500_000_000L, cmdline, settings, mounts, true, 0x40021000L);
            assertEquals(0x49524F54, memory.readInt(base));
            assertEquals("TORI", new String(memory.read(base, 4), StandardCharsets.US_ASCII));
            assertEquals(4, memory.readInt(base + 4));
            assertEquals(192, memory.readInt(base + 8));
            assertEquals(0x40021000L, memory.readLong(base + 128), "door_page");
            assertEquals(2, memory.readInt(base + 12));
            assertEquals(2_500_000_000L, memory.readLong(base + 16));
            assertEquals(64 * MIB, memory.readLong(base + 24));
            long cmdlineAt = memory.readLong(base + 32);
            assertEquals(cmdline.length, memory.readInt(base + 40));
            assertEquals("console=ttyS0 é", new String(memory.read(cmdlineAt, cmdline.length), StandardCharsets.UTF_8));
            assertEquals(0, memory.read(cmdlineAt + cmdline.length, 1)[0]);
            assertEquals(3, memory.readInt(base + 44), "shared + 2 core regions");
            long regionsAt = memory.readLong(base + 48);
            assertEquals(0x200000, memory.readLong(base + 56));
            assertEquals(0x300000, memory.readLong(base + 64));
            // Core 1's copy of the 512 KiB private span follows the image; then the shared region.
            assertEquals(0x300000 - 0x280000, layout.privateShift(1));
            assertEquals(0x380000, memory.readLong(base + 96), "shared_base");
            assertEquals(MIB, memory.readLong(base + 104), "shared_size: 1 MiB minimum");
            assertEquals(0x380000, memory.readLong(regionsAt));
            assertEquals(MIB, memory.readLong(regionsAt + 8));
            assertEquals(BootInfo.TYPE_SHARED, memory.readInt(regionsAt + 16));
            long coresAt = memory.readLong(base + 72);
            for (int core = 0; core < 2; core++) {
                long region = regionsAt + 24L * (1 + core);
                assertEquals(BootInfo.TYPE_CORE, memory.readInt(region + 16));
                assertEquals(core, memory.readInt(region + 20));
                assertEquals(layout.stackBottom(core), memory.readLong(coresAt + 32L * core));
                assertEquals(layout.stackTop(core), memory.readLong(coresAt + 32L * core + 8));
                assertEquals(memory.readLong(region), memory.readLong(coresAt + 32L * core + 16));
                assertEquals(memory.readLong(region + 8), memory.readLong(coresAt + 32L * core + 24));
            }
            assertEquals(64 * MIB, layout.stackTop(1));
            assertEquals(2, memory.readInt(base + 80), "device_count");
            long devicesAt = memory.readLong(base + 88);
            assertEquals(GIB + 0x1000, memory.readLong(devicesAt), "device 0 right after the doorbell page");
            assertEquals(0x1000, memory.readLong(devicesAt + 8));
            assertEquals(2, memory.readInt(devicesAt + 16), "virtio-blk");
            assertEquals(2, memory.readInt(devicesAt + 20), "queue_count");
            assertEquals(5, memory.readInt(devicesAt + 24), "irq");
            assertEquals(GIB + 0x2000, memory.readLong(devicesAt + 32));
            assertEquals(1, memory.readInt(devicesAt + 32 + 16));
            assertEquals(4, memory.readInt(devicesAt + 32 + 20));
            assertEquals(BootInfo.FLAG_BOOT_MARKS | BootInfo.FLAG_MAIN_ON_EVERY_CORE, memory.readInt(base + 112),
                    "flags: boot marks, main on every core");
            assertEquals(GIB, memory.readLong(base + 120), "doorbell_base: RAM rounded up to 1 GiB");
            // The wall clock waits for writeWallClock; the environment and properties follow the command line.
            assertEquals(0, memory.readLong(base + 136));
            assertEquals(0, memory.readLong(base + 144));
            byte[] envBytes = "PORT\08080\0GREETING\0héllo=world\0".getBytes(StandardCharsets.UTF_8);
            long envAt = memory.readLong(base + 152);
            assertEquals(cmdlineAt + cmdline.length + 1, envAt);
            assertEquals(envBytes.length, memory.readInt(base + 160));
            assertEquals(new String(envBytes, StandardCharsets.UTF_8),
                    new String(memory.read(envAt, envBytes.length), StandardCharsets.UTF_8));
            byte[] propertyBytes = "app.mode\0\0".getBytes(StandardCharsets.US_ASCII);
            assertEquals(propertyBytes.length, memory.readInt(base + 164));
            long propertiesAt = memory.readLong(base + 168);
            assertEquals(envAt + envBytes.length, propertiesAt);
            assertEquals("app.mode\0\0", new String(memory.read(propertiesAt, propertyBytes.length),
                    StandardCharsets.US_ASCII));
            // The mount table: only the mounted disks, by index, after the properties.
            byte[] mountBytes = ("0\0/data\0" + "2\0/\0").getBytes(StandardCharsets.US_ASCII);
            long mountsAt = memory.readLong(base + 176);
            assertEquals(propertiesAt + propertyBytes.length, mountsAt);
            assertEquals(mountBytes.length, memory.readInt(base + 184));
            assertEquals(0, memory.readInt(base + 188), "reserved");
            assertEquals("0\0/data\0" + "2\0/\0", new String(memory.read(mountsAt, mountBytes.length),
                    StandardCharsets.US_ASCII));
            assertEquals(BootInfo.size(layout, devices, cmdline, settings, mounts), mountsAt + mountBytes.length - base);
            BootInfo.writeWallClock(memory, base, new WallClock(1_765_000_000_123_456_789L, 987_654_321L));
            assertEquals(1_765_000_000_123_456_789L, memory.readLong(base + 136), "wall_clock_ns");
            assertEquals(987_654_321L, memory.readLong(base + 144), "wall_clock_tsc");
        }
    }

    @Test
    void emptySettingsLeaveTheirAddressesZero() {
        GuestLayout layout = new GuestLayout(64 * MIB, 1, 0x200000, 0x300000,
                new PrivatePages(List.of(new PrivatePages.Range(0x280000, 0x300000))));
        try (GuestMemory memory = GuestMemory.allocate(64 * MIB)) {
            BootInfo.write(memory, 0x9000, layout, List.of(), 1_000_000_000L, new byte[0], GuestSettings.NONE, new byte[0], false,
                    0);
            assertEquals(0, memory.readLong(0x9000 + 152));
            assertEquals(0, memory.readInt(0x9000 + 160));
            assertEquals(0, memory.readInt(0x9000 + 164));
            assertEquals(0, memory.readLong(0x9000 + 168));
            assertEquals(0, memory.readLong(0x9000 + 176), "no mounted disk: no mount table");
            assertEquals(0, memory.readInt(0x9000 + 184));
        }
    }

    @Test
    void regionsAreInsideRamAndApartForEveryCoreCountAndRamSize() {
        PrivatePages data = new PrivatePages(List.of(new PrivatePages.Range(0x400000, 0x403000),
                new PrivatePages.Range(0x500000, 0x520000)));
        for (long ram : new long[] {96 * MIB, 100 * MIB + 4096, 3 * GIB + MIB, GIB}) {
            for (int cpus = 1; cpus <= 4; cpus++) {
                GuestLayout layout = new GuestLayout(ram, cpus, 0x200000, 0x520000, data);
                String where = cpus + " cpus, " + ram + " bytes: ";
                List<long[]> taken = new ArrayList<>();
                taken.add(new long[] {0, GuestLayout.IMAGE_FLOOR});
                taken.add(new long[] {0x200000, layout.imageEnd()});
                for (int core = 1; core < cpus; core++) {
                    long copy = layout.copyBase(core);
                    assertEquals(0, copy % PageMap.PAGE, where + "copy page-aligned");
                    taken.add(new long[] {copy, copy + data.spanSize()});
                }
                taken.add(new long[] {layout.sharedBase(), layout.sharedBase() + layout.sharedSize()});
                assertEquals(Math.max(MIB, cpus * cpus * 64 * 1024L), layout.sharedSize(), where);
                for (int core = 0; core < cpus; core++) {
                    assertTrue(layout.regionSize() >= GuestLayout.MIN_REGION_SIZE, where);
                    assertEquals(0, layout.regionBase(core) % PageMap.PAGE, where);
                    taken.add(new long[] {layout.regionBase(core), layout.regionBase(core) + layout.regionSize()});
                    taken.add(new long[] {layout.guardPage(core), layout.stackTop(core)});
                }
                for (int i = 0; i < taken.size(); i++) {
                    long[] a = taken.get(i);
                    assertTrue(a[0] < a[1] && a[1] <= ram, where + "range " + i + " inside RAM");
                    for (int j = i + 1; j < taken.size(); j++) {
                        long[] b = taken.get(j);
                        assertTrue(a[1] <= b[0] || b[1] <= a[0], where + "ranges " + i + " and " + j + " overlap");
                    }
                }
                assertTrue(layout.doorbellBase() >= ram && layout.doorbellBase() % GIB == 0, where);
                // What is left unannounced is less than a page per core (the even split's rounding).
                long last = layout.regionBase(cpus - 1) + layout.regionSize();
                assertTrue(layout.stacksBase() - last < (long) cpus * PageMap.PAGE, where);
            }
        }
    }

    @Test
    void tooLittleMemoryForTheCoresSaysHowMuchIsNeeded() {
        PrivatePages data = new PrivatePages(List.of(new PrivatePages.Range(0x400000, 0x800000)));
        BadInputException e = assertThrows(BadInputException.class,
                () -> new GuestLayout(64 * MIB, 4, 0x200000, 0x800000, data));
        assertTrue(e.getMessage().startsWith("memory 64 MiB is too small for 4 core(s)"), e.getMessage());
        // Image to 8 MiB, 3 copies of 4 MiB, 1 MiB shared, 4 regions of 8 MiB (to 53 MiB, rounded
        // up to a 2 MiB boundary for the stacks), 4 stacks of 8 MiB with 2 MiB guards: 94 MiB.
        assertTrue(e.getMessage().endsWith("need 94 MiB"), e.getMessage());
    }
}
