package org.torito.vmm.machine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.torito.vmm.accel.WallClock;
import org.torito.vmm.config.GuestSettings;

/**
 * The boot info struct, version 4, exactly as docs/boot-abi.md lays it out: a 192-byte
 * header followed here by the memory map, the per-core array, the devices, the command line,
 * the environment, the properties and the disks' mount points. The wall clock is written last, right before the cores
 * start ({@link #writeWallClock}).
 */
public final class BootInfo {
    public static final int MAGIC = 0x49524F54;
    public static final int VERSION = 4;
    public static final int HEADER_SIZE = 192;
    /** Where the wall-clock pair lies in the header: the host's time, then the guest TSC that went with it. */
    static final int WALL_CLOCK_OFFSET = 136;
    public static final int REGION_SIZE = 24;
    public static final int CORE_SIZE = 32;
    public static final int DEVICE_SIZE = 32;
    public static final int TYPE_USABLE = 1;
    public static final int TYPE_RESERVED = 2;
    public static final int TYPE_SHARED = 3;
    public static final int TYPE_CORE = 4;
    public static final int FLAG_BOOT_MARKS = 1;
    /** Every core runs the program's main (the config's {@code "main": "every-core"}). */
    public static final int FLAG_MAIN_ON_EVERY_CORE = 2;

    /** One memory map entry; {@code tag} is the u32 after the type (the core, for TYPE_CORE). */
    public record Region(long base, long length, int type, int tag) {
    }

    /**
     * One virtio-mmio device: its register page, its virtio device id (2 = block), how many
     * queues it has (queue k belongs to core k), and the interrupt line it would raise.
     */
    public record Device(long base, long size, int type, int queueCount, int irq) {
    }

    private BootInfo() {
    }

    /** The memory map of a layout: the shared region, then each core's region. */
    public static List<Region> regions(GuestLayout layout) {
        List<Region> regions = new ArrayList<>();
        regions.add(new Region(layout.sharedBase(), layout.sharedSize(), TYPE_SHARED, 0));
        for (int core = 0; core < layout.cpus(); core++) {
            regions.add(new Region(layout.regionBase(core), layout.regionSize(), TYPE_CORE, core));
        }
        return regions;
    }

    /** Bytes the struct needs. */
    public static long size(GuestLayout layout, List<Device> devices, byte[] cmdline, GuestSettings settings,
                            byte[] mounts) {
        return HEADER_SIZE + (long) REGION_SIZE * regions(layout).size() + (long) CORE_SIZE * layout.cpus()
                + (long) DEVICE_SIZE * devices.size() + cmdline.length + 1 + settings.encodedEnv().length
                + settings.encodedProperties().length + mounts.length;
    }

    public static byte[] encode(String cmdline) {
        return cmdline.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes the struct at {@code base} (zeroed RAM). {@code mounts} is the disks' mount table as
     * {@link org.torito.vmm.config.DiskConfig#encodedMounts} makes it.
     */
    public static void write(GuestMemory memory, long base, GuestLayout layout, List<Device> devices, long tscHz,
                             byte[] cmdline, GuestSettings settings, byte[] mounts, boolean bootMarks, long doorPage) {
        int cpus = layout.cpus();
        List<Region> regions = regions(layout);
        long regionsAt = base + HEADER_SIZE;
        long coresAt = regionsAt + (long) REGION_SIZE * regions.size();
        long devicesAt = coresAt + (long) CORE_SIZE * cpus;
        long cmdlineAt = devicesAt + (long) DEVICE_SIZE * devices.size();
        byte[] env = settings.encodedEnv();
        byte[] properties = settings.encodedProperties();
        long envAt = cmdlineAt + cmdline.length + 1;
        long propertiesAt = envAt + env.length;
        long mountsAt = propertiesAt + properties.length;

        memory.writeInt(base, MAGIC);
        memory.writeInt(base + 4, VERSION);
        memory.writeInt(base + 8, HEADER_SIZE);
        memory.writeInt(base + 12, cpus);
        memory.writeLong(base + 16, tscHz);
        memory.writeLong(base + 24, layout.ramSize());
        memory.writeLong(base + 32, cmdlineAt);
        memory.writeInt(base + 40, cmdline.length);
        memory.writeInt(base + 44, regions.size());
        memory.writeLong(base + 48, regionsAt);
        memory.writeLong(base + 56, layout.imageStart());
        memory.writeLong(base + 64, layout.imageEnd());
        memory.writeLong(base + 72, coresAt);
        memory.writeInt(base + 80, devices.size());
        memory.writeInt(base + 84, 0);
        memory.writeLong(base + 88, devices.isEmpty() ? 0 : devicesAt);
        memory.writeLong(base + 96, layout.sharedBase());
        memory.writeLong(base + 104, layout.sharedSize());
        memory.writeInt(base + 112, (bootMarks ? FLAG_BOOT_MARKS : 0)
                | (settings.mainOnEveryCore() ? FLAG_MAIN_ON_EVERY_CORE : 0));
        memory.writeInt(base + 116, 0);
        memory.writeLong(base + 120, layout.doorbellBase());
        memory.writeLong(base + 128, doorPage);
        // 136 and 144, the wall clock, stay 0 until writeWallClock.
        memory.writeLong(base + 152, env.length == 0 ? 0 : envAt);
        memory.writeInt(base + 160, env.length);
        memory.writeInt(base + 164, properties.length);
        memory.writeLong(base + 168, properties.length == 0 ? 0 : propertiesAt);
        memory.writeLong(base + 176, mounts.length == 0 ? 0 : mountsAt);
        memory.writeInt(base + 184, mounts.length);
        memory.writeInt(base + 188, 0);

        for (int i = 0; i < regions.size(); i++) {
            long at = regionsAt + (long) REGION_SIZE * i;
            memory.writeLong(at, regions.get(i).base());
            memory.writeLong(at + 8, regions.get(i).length());
            memory.writeInt(at + 16, regions.get(i).type());
            memory.writeInt(at + 20, regions.get(i).tag());
        }
        for (int core = 0; core < cpus; core++) {
            long at = coresAt + (long) CORE_SIZE * core;
            memory.writeLong(at, layout.stackBottom(core));
            memory.writeLong(at + 8, layout.stackTop(core));
            memory.writeLong(at + 16, layout.regionBase(core));
            memory.writeLong(at + 24, layout.regionSize());
        }
        for (int i = 0; i < devices.size(); i++) {
            long at = devicesAt + (long) DEVICE_SIZE * i;
            Device d = devices.get(i);
            memory.writeLong(at, d.base());
            memory.writeLong(at + 8, d.size());
            memory.writeInt(at + 16, d.type());
            memory.writeInt(at + 20, d.queueCount());
            memory.writeInt(at + 24, d.irq());
            memory.writeInt(at + 28, 0);
        }
        memory.write(cmdlineAt, cmdline);
        memory.writeByte(cmdlineAt + cmdline.length, 0);
        memory.write(envAt, env);
        memory.write(propertiesAt, properties);
        memory.write(mountsAt, mounts);
    }

    /**
     * The host's wall-clock time and the guest's TSC at that moment, from which the guest keeps
     * its own (CLOCK_REALTIME, System.currentTimeMillis): written once the cores exist and just
     * before they run, so the pair is as fresh as the boot.
     */
    public static void writeWallClock(GuestMemory memory, long base, WallClock clock) {
        memory.writeLong(base + WALL_CLOCK_OFFSET, clock.epochNanos());
        memory.writeLong(base + WALL_CLOCK_OFFSET + 8, clock.guestTsc());
    }
}
