package org.torito.vmm.kvm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.VarHandle;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/** struct kvm_sregs: segment registers, descriptor tables, control registers, EFER. */
public final class KvmSregs {
    /** struct kvm_dtable: a GDTR or IDTR. */
    public static final StructLayout DTABLE = MemoryLayout.structLayout(
            JAVA_LONG.withName("base"),
            JAVA_SHORT.withName("limit"),
            MemoryLayout.sequenceLayout(3, JAVA_SHORT).withName("padding")).withName("kvm_dtable");

    public static final StructLayout LAYOUT = MemoryLayout.structLayout(
            KvmSegment.LAYOUT.withName("cs"),
            KvmSegment.LAYOUT.withName("ds"),
            KvmSegment.LAYOUT.withName("es"),
            KvmSegment.LAYOUT.withName("fs"),
            KvmSegment.LAYOUT.withName("gs"),
            KvmSegment.LAYOUT.withName("ss"),
            KvmSegment.LAYOUT.withName("tr"),
            KvmSegment.LAYOUT.withName("ldt"),
            DTABLE.withName("gdt"),
            DTABLE.withName("idt"),
            JAVA_LONG.withName("cr0"),
            JAVA_LONG.withName("cr2"),
            JAVA_LONG.withName("cr3"),
            JAVA_LONG.withName("cr4"),
            JAVA_LONG.withName("cr8"),
            JAVA_LONG.withName("efer"),
            JAVA_LONG.withName("apic_base"),
            MemoryLayout.sequenceLayout(4, JAVA_LONG).withName("interrupt_bitmap")).withName("kvm_sregs");

    private static final VarHandle CR0 = handle("cr0");
    private static final VarHandle CR2 = handle("cr2");
    private static final VarHandle CR3 = handle("cr3");
    private static final VarHandle CR4 = handle("cr4");
    private static final VarHandle EFER = handle("efer");

    private final MemorySegment segment;

    public KvmSregs(Arena arena) {
        this.segment = arena.allocate(LAYOUT);
    }

    private static VarHandle handle(String name) {
        return LAYOUT.varHandle(MemoryLayout.PathElement.groupElement(name));
    }

    MemorySegment segment() {
        return segment;
    }

    private KvmSegment segmentRegister(String name) {
        long offset = LAYOUT.byteOffset(MemoryLayout.PathElement.groupElement(name));
        return new KvmSegment(segment.asSlice(offset, KvmSegment.LAYOUT.byteSize()));
    }

    public KvmSegment cs() { return segmentRegister("cs"); }
    public KvmSegment ds() { return segmentRegister("ds"); }
    public KvmSegment es() { return segmentRegister("es"); }
    public KvmSegment fs() { return segmentRegister("fs"); }
    public KvmSegment gs() { return segmentRegister("gs"); }
    public KvmSegment ss() { return segmentRegister("ss"); }
    public KvmSegment tr() { return segmentRegister("tr"); }
    public KvmSegment ldt() { return segmentRegister("ldt"); }

    private void setTable(String name, long base, int limit) {
        long offset = LAYOUT.byteOffset(MemoryLayout.PathElement.groupElement(name));
        segment.set(JAVA_LONG, offset, base);
        segment.set(JAVA_SHORT, offset + 8, (short) limit);
    }

    public void setGdt(long base, int limit) { setTable("gdt", base, limit); }
    public void setIdt(long base, int limit) { setTable("idt", base, limit); }

    public long cr0() { return (long) CR0.get(segment, 0L); }
    public long cr2() { return (long) CR2.get(segment, 0L); }
    public long cr3() { return (long) CR3.get(segment, 0L); }
    public long cr4() { return (long) CR4.get(segment, 0L); }
    public long efer() { return (long) EFER.get(segment, 0L); }

    public void setCr0(long value) { CR0.set(segment, 0L, value); }
    public void setCr3(long value) { CR3.set(segment, 0L, value); }
    public void setCr4(long value) { CR4.set(segment, 0L, value); }
    public void setEfer(long value) { EFER.set(segment, 0L, value); }
}
