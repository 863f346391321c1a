package org.torito.vmm.kvm;

import org.torito.vmm.accel.Register;
import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;

/** struct kvm_regs: the general registers, RIP and RFLAGS, 18 u64 fields. */
public final class KvmRegs {
    public static final StructLayout LAYOUT;

    static {
        MemoryLayout[] fields = new MemoryLayout[Register.values().length];
        for (Register r : Register.values()) {
            fields[r.ordinal()] = ValueLayout.JAVA_LONG.withName(r.label());
        }
        LAYOUT = MemoryLayout.structLayout(fields).withName("kvm_regs");
    }

    private final MemorySegment segment;

    public KvmRegs(Arena arena) {
        this.segment = arena.allocate(LAYOUT);
    }

    MemorySegment segment() {
        return segment;
    }

    public long get(Register register) {
        return segment.getAtIndex(ValueLayout.JAVA_LONG, register.ordinal());
    }

    public void set(Register register, long value) {
        segment.setAtIndex(ValueLayout.JAVA_LONG, register.ordinal(), value);
    }

    public void clear() {
        segment.fill((byte) 0);
    }
}
