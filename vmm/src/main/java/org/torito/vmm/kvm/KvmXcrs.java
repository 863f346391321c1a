package org.torito.vmm.kvm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/** struct kvm_xcrs: extended control registers; the monitor sets XCR0 only. */
public final class KvmXcrs {
    public static final StructLayout XCR = MemoryLayout.structLayout(
            JAVA_INT.withName("xcr"),
            JAVA_INT.withName("reserved"),
            JAVA_LONG.withName("value")).withName("kvm_xcr");

    public static final StructLayout LAYOUT = MemoryLayout.structLayout(
            JAVA_INT.withName("nr_xcrs"),
            JAVA_INT.withName("flags"),
            MemoryLayout.sequenceLayout(16, XCR).withName("xcrs"),
            MemoryLayout.sequenceLayout(16, JAVA_LONG).withName("padding")).withName("kvm_xcrs");

    private final MemorySegment segment;

    /** A kvm_xcrs that holds XCR0 = {@code xcr0} only. */
    public KvmXcrs(Arena arena, long xcr0) {
        this.segment = arena.allocate(LAYOUT);
        segment.set(JAVA_INT, 0, 1);
        segment.set(JAVA_INT, 8, 0);
        segment.set(JAVA_LONG, 16, xcr0);
    }

    MemorySegment segment() {
        return segment;
    }
}
