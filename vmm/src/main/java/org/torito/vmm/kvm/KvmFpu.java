package org.torito.vmm.kvm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.VarHandle;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/** struct kvm_fpu: x87 and SSE state in FXSAVE terms. The monitor sets only the control words. */
public final class KvmFpu {
    public static final StructLayout LAYOUT = MemoryLayout.structLayout(
            MemoryLayout.sequenceLayout(128, JAVA_BYTE).withName("fpr"),
            JAVA_SHORT.withName("fcw"),
            JAVA_SHORT.withName("fsw"),
            JAVA_BYTE.withName("ftwx"),
            JAVA_BYTE.withName("pad1"),
            JAVA_SHORT.withName("last_opcode"),
            JAVA_LONG.withName("last_ip"),
            JAVA_LONG.withName("last_dp"),
            MemoryLayout.sequenceLayout(256, JAVA_BYTE).withName("xmm"),
            JAVA_INT.withName("mxcsr"),
            JAVA_INT.withName("pad2")).withName("kvm_fpu");

    private static final VarHandle FCW = LAYOUT.varHandle(MemoryLayout.PathElement.groupElement("fcw"));
    private static final VarHandle MXCSR = LAYOUT.varHandle(MemoryLayout.PathElement.groupElement("mxcsr"));

    private final MemorySegment segment;

    public KvmFpu(Arena arena) {
        this.segment = arena.allocate(LAYOUT);
    }

    MemorySegment segment() {
        return segment;
    }

    public int fcw() { return Short.toUnsignedInt((short) FCW.get(segment, 0L)); }
    public int mxcsr() { return (int) MXCSR.get(segment, 0L); }
    public void setFcw(int value) { FCW.set(segment, 0L, (short) value); }
    public void setMxcsr(int value) { MXCSR.set(segment, 0L, value); }
}
