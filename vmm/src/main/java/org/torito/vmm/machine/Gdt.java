package org.torito.vmm.machine;

/**
 * The global descriptor table: null, kernel code/data for the fault stubs, user code/data
 * for the guest (selectors 0x1B/0x23 as the boot ABI fixes them), then one 16-byte 64-bit
 * TSS descriptor per core.
 */
public final class Gdt {
    public static final int KERNEL_CODE = 0x08;
    public static final int KERNEL_DATA = 0x10;
    public static final int USER_CODE = 0x18 | 3;
    public static final int USER_DATA = 0x20 | 3;
    private static final int FIRST_TSS = 0x28;

    static final int CODE_TYPE = 0xB;      // execute/read, accessed
    static final int DATA_TYPE = 0x3;      // read/write, accessed

    private Gdt() {
    }

    /** Bytes the table needs for {@code cpus} cores. */
    public static int size(int cpus) {
        return FIRST_TSS + 16 * cpus;
    }

    public static int tssSelector(int core) {
        return FIRST_TSS + 16 * core;
    }

    /** Writes the table at {@code base}; {@code tss} gives each core's TSS address and limit. */
    public static void write(GuestMemory memory, long base, Tss tss) {
        memory.writeLong(base, 0);
        memory.writeLong(base + KERNEL_CODE, descriptor(0, 0xFFFFF, CODE_TYPE, 1, 0, 1, 0, 1));
        memory.writeLong(base + KERNEL_DATA, descriptor(0, 0xFFFFF, DATA_TYPE, 1, 0, 0, 1, 1));
        memory.writeLong(base + (USER_CODE & ~7), descriptor(0, 0xFFFFF, CODE_TYPE, 1, 3, 1, 0, 1));
        memory.writeLong(base + (USER_DATA & ~7), descriptor(0, 0xFFFFF, DATA_TYPE, 1, 3, 0, 1, 1));
        for (int core = 0; core < tss.cpus(); core++) {
            long at = base + tssSelector(core);
            long address = tss.address(core);
            // Written as available; KVM_SET_SREGS loads TR (TaskRegisterType), and the CPU never re-reads this.
            memory.writeLong(at, descriptor(address, tss.limit(core), TaskRegisterType.AVAILABLE, 0, 0, 0, 0, 0));
            memory.writeLong(at + 8, address >>> 32);
        }
    }

    /** The low 8 bytes of a segment descriptor. */
    static long descriptor(long base, long limit, int type, int s, int dpl, int l, int db, int g) {
        return (limit & 0xFFFF)
                | ((base & 0xFFFFFF) << 16)
                | ((long) type << 40)
                | ((long) s << 44)
                | ((long) dpl << 45)
                | (1L << 47)
                | (((limit >>> 16) & 0xF) << 48)
                | ((long) l << 53)
                | ((long) db << 54)
                | ((long) g << 55)
                | (((base >>> 24) & 0xFF) << 56);
    }
}
