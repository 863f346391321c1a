package org.torito.vmm.kvm;

import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * The vCPU's mmapped struct kvm_run: why KVM_RUN returned and the details of that exit.
 * Offsets follow linux/kvm.h; the exit details are a union at offset 32.
 */
public final class KvmRun {
    public static final int EXIT_UNKNOWN = 0;
    public static final int EXIT_EXCEPTION = 1;
    public static final int EXIT_IO = 2;
    public static final int EXIT_HYPERCALL = 3;
    public static final int EXIT_DEBUG = 4;
    public static final int EXIT_HLT = 5;
    public static final int EXIT_MMIO = 6;
    public static final int EXIT_IRQ_WINDOW_OPEN = 7;
    public static final int EXIT_SHUTDOWN = 8;
    public static final int EXIT_FAIL_ENTRY = 9;
    public static final int EXIT_INTR = 10;
    public static final int EXIT_INTERNAL_ERROR = 17;
    public static final int EXIT_SYSTEM_EVENT = 24;

    public static final int IO_IN = 0;
    public static final int IO_OUT = 1;

    private static final long IMMEDIATE_EXIT = 1;
    private static final long EXIT_REASON = 8;
    private static final long UNION = 32;

    private final MemorySegment run;

    KvmRun(MemorySegment run) {
        this.run = run;
    }

    MemorySegment segment() {
        return run;
    }

    public int exitReason() {
        return run.get(JAVA_INT, EXIT_REASON);
    }

    /** When set, KVM_RUN returns at once with EINTR: how another thread stops this vCPU. */
    public void setImmediateExit(boolean value) {
        run.set(JAVA_BYTE, IMMEDIATE_EXIT, (byte) (value ? 1 : 0));
    }

    // struct { __u8 direction; __u8 size; __u16 port; __u32 count; __u64 data_offset; } io;
    public int ioDirection() { return Byte.toUnsignedInt(run.get(JAVA_BYTE, UNION)); }
    public int ioSize() { return Byte.toUnsignedInt(run.get(JAVA_BYTE, UNION + 1)); }
    public int ioPort() { return Short.toUnsignedInt(run.get(JAVA_SHORT, UNION + 2)); }
    public int ioCount() { return run.get(JAVA_INT, UNION + 4); }
    public long ioDataOffset() { return run.get(JAVA_LONG, UNION + 8); }

    /**
     * What a guest {@code in} of {@link #ioSize()} bytes loads: KVM reads it from the run page at
     * {@link #ioDataOffset()} when the core next runs. Only single, non-string reads come here.
     */
    public void setIoData(int value) {
        long offset = ioDataOffset();
        if (offset < 0 || offset > run.byteSize() - 4 || offset % 4 != 0) {
            throw new IllegalStateException("KVM put the port data at offset " + offset + ", not an int in the run page");
        }
        // JAVA_INT like the other fields: a layout's first access costs milliseconds of set-up,
        // which here would fall on the first punctual wake-up.
        run.set(JAVA_INT, offset, value);
    }

    // struct { __u64 phys_addr; __u8 data[8]; __u32 len; __u8 is_write; } mmio;
    public long mmioPhysAddr() { return run.get(JAVA_LONG, UNION); }
    public int mmioLength() { return run.get(JAVA_INT, UNION + 16); }
    public boolean mmioIsWrite() { return run.get(JAVA_BYTE, UNION + 20) != 0; }

    /** The bytes a guest MMIO write carried, little-endian, {@link #mmioLength()} of them. */
    public long mmioData() {
        return run.get(JAVA_LONG_UNALIGNED, UNION + 8);
    }

    /** What a guest MMIO read returns: KVM copies {@link #mmioLength()} bytes of it into the guest. */
    public void setMmioData(long value) {
        run.set(JAVA_LONG_UNALIGNED, UNION + 8, value);
    }

    // struct { __u64 hardware_entry_failure_reason; __u32 cpu; } fail_entry;
    public long failEntryReason() { return run.get(JAVA_LONG, UNION); }

    // struct { __u32 suberror; __u32 ndata; __u64 data[16]; } internal;
    public int internalSuberror() { return run.get(JAVA_INT, UNION); }

    public long[] internalData() {
        int n = Math.min(16, Math.max(0, run.get(JAVA_INT, UNION + 4)));
        long[] data = new long[n];
        for (int i = 0; i < n; i++) {
            data[i] = run.get(JAVA_LONG, UNION + 8 + 8L * i);
        }
        return data;
    }

    // struct { __u32 exception; __u32 error_code; } ex;
    public int exceptionVector() { return run.get(JAVA_INT, UNION); }
    public int exceptionErrorCode() { return run.get(JAVA_INT, UNION + 4); }

    // struct { __u32 type; __u32 ndata; __u64 data[16]; } system_event;
    public int systemEventType() { return run.get(JAVA_INT, UNION); }
}
