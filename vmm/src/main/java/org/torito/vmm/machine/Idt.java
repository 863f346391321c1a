package org.torito.vmm.machine;

/** The interrupt descriptor table: vectors 0-31 as ring-0 interrupt gates on IST1 into the fault stubs. */
public final class Idt {
    public static final int SIZE = FaultStubs.VECTORS * 16;
    private static final int INTERRUPT_GATE = 0xE;
    private static final int IST = 1;

    private Idt() {
    }

    public static void write(GuestMemory memory, long base, long stubs) {
        for (int vector = 0; vector < FaultStubs.VECTORS; vector++) {
            long handler = stubs + (long) vector * FaultStubs.STUB_SIZE;
            long low = (handler & 0xFFFF)
                    | ((long) Gdt.KERNEL_CODE << 16)
                    | ((long) IST << 32)
                    | ((long) INTERRUPT_GATE << 40)
                    | (1L << 47)
                    | (((handler >>> 16) & 0xFFFF) << 48);
            memory.writeLong(base + 16L * vector, low);
            memory.writeLong(base + 16L * vector + 8, handler >>> 32);
        }
    }
}
