package org.torito.vmm.machine;

/**
 * The 64-bit task state segments, one per core, and one I/O permission bitmap they all
 * point at. The bitmap is all zero, so `in`/`out` to every port work at CPL 3 (IOPL is not
 * honoured on this host, see docs/architecture.md). A TSS is 0x68 bytes; each gets 128, and the
 * bitmap follows the last one, reached through each TSS's 16-bit I/O map base.
 */
public final class Tss {
    private static final int STRIDE = 128;
    private static final int IO_BITMAP_BYTES = 8192;
    private static final int RSP0 = 4;
    private static final int IST1 = 36;
    private static final int IO_MAP_BASE = 102;

    private final long base;
    private final int cpus;

    private Tss(long base, int cpus) {
        this.base = base;
        this.cpus = cpus;
    }

    /** Bytes for {@code cpus} TSSs, the bitmap and its closing 0xFF byte. */
    public static long size(int cpus) {
        return (long) STRIDE * cpus + IO_BITMAP_BYTES + 1;
    }

    /**
     * Writes the TSSs at {@code base}. {@code rsp0[core]} and {@code ist1[core]} are the tops of
     * that core's ring-0 stacks. Guest RAM is zero, so the bitmap needs no writing.
     */
    public static Tss write(GuestMemory memory, long base, long[] rsp0, long[] ist1) {
        int cpus = rsp0.length;
        Tss tss = new Tss(base, cpus);
        long bitmap = base + (long) STRIDE * cpus;
        for (int core = 0; core < cpus; core++) {
            long at = tss.address(core);
            memory.writeLong(at + RSP0, rsp0[core]);
            memory.writeLong(at + IST1, ist1[core]);
            memory.writeShort(at + IO_MAP_BASE, (int) (bitmap - at));
        }
        memory.writeByte(bitmap + IO_BITMAP_BYTES, 0xFF);
        return tss;
    }

    public int cpus() {
        return cpus;
    }

    public long address(int core) {
        return base + (long) STRIDE * core;
    }

    /** The segment limit: up to and including the 0xFF byte after the bitmap. */
    public int limit(int core) {
        return STRIDE * (cpus - core) + IO_BITMAP_BYTES;
    }
}
