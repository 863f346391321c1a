package org.torito.vmm.machine;

import java.nio.charset.StandardCharsets;

/**
 * The boot info struct, version 1, exactly as docs/boot-abi.md lays it out: a 120-byte
 * header followed here by the memory map, the per-core array and the command line.
 */
public final class BootInfo {
    public static final int MAGIC = 0x49524F54;
    public static final int VERSION = 1;
    public static final int HEADER_SIZE = 120;
    public static final int REGION_SIZE = 24;
    public static final int CORE_SIZE = 32;
    public static final int TYPE_USABLE = 1;
    public static final int FLAG_BOOT_MARKS = 1;

    /** One memory map entry. */
    public record Region(long base, long length, int type) {
    }

    private BootInfo() {
    }

    /** Bytes the struct needs. */
    public static long size(int cpus, int regions, byte[] cmdline) {
        return HEADER_SIZE + (long) REGION_SIZE * regions + (long) CORE_SIZE * cpus + cmdline.length + 1;
    }

    public static byte[] encode(String cmdline) {
        return cmdline.getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the struct at {@code base} (zeroed RAM). */
    public static void write(GuestMemory memory, long base, GuestLayout layout, long tscHz, byte[] cmdline,
                             Region[] regions, long imageStart, long imageEnd, boolean bootMarks) {
        int cpus = layout.cpus();
        long regionsAt = base + HEADER_SIZE;
        long coresAt = regionsAt + (long) REGION_SIZE * regions.length;
        long cmdlineAt = coresAt + (long) CORE_SIZE * cpus;

        memory.writeInt(base, MAGIC);
        memory.writeInt(base + 4, VERSION);
        memory.writeInt(base + 8, HEADER_SIZE);
        memory.writeInt(base + 12, cpus);
        memory.writeLong(base + 16, tscHz);
        memory.writeLong(base + 24, layout.ramSize());
        memory.writeLong(base + 32, cmdlineAt);
        memory.writeInt(base + 40, cmdline.length);
        memory.writeInt(base + 44, regions.length);
        memory.writeLong(base + 48, regionsAt);
        memory.writeLong(base + 56, imageStart);
        memory.writeLong(base + 64, imageEnd);
        memory.writeLong(base + 72, coresAt);
        memory.writeInt(base + 80, 0);            // device_count: no devices yet
        memory.writeInt(base + 84, 0);
        memory.writeLong(base + 88, 0);           // devices_addr
        memory.writeLong(base + 96, 0);           // shared_base
        memory.writeLong(base + 104, 0);          // shared_size
        memory.writeInt(base + 112, bootMarks ? FLAG_BOOT_MARKS : 0);
        memory.writeInt(base + 116, 0);

        for (int i = 0; i < regions.length; i++) {
            long at = regionsAt + (long) REGION_SIZE * i;
            memory.writeLong(at, regions[i].base());
            memory.writeLong(at + 8, regions[i].length());
            memory.writeInt(at + 16, regions[i].type());
            memory.writeInt(at + 20, 0);
        }
        for (int core = 0; core < cpus; core++) {
            long at = coresAt + (long) CORE_SIZE * core;
            memory.writeLong(at, layout.stackBottom(core));
            memory.writeLong(at + 8, layout.stackTop(core));
            memory.writeLong(at + 16, 0);         // per-core region: none yet
            memory.writeLong(at + 24, 0);
        }
        memory.write(cmdlineAt, cmdline);
        memory.writeByte(cmdlineAt + cmdline.length, 0);
    }
}
