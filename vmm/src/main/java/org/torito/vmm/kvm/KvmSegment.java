package org.torito.vmm.kvm;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.VarHandle;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * struct kvm_segment: a segment register as KVM sees it (the hidden descriptor cache included),
 * a view over 24 bytes inside a {@link KvmSregs}.
 */
public final class KvmSegment {
    public static final StructLayout LAYOUT = MemoryLayout.structLayout(
            JAVA_LONG.withName("base"),
            JAVA_INT.withName("limit"),
            JAVA_SHORT.withName("selector"),
            JAVA_BYTE.withName("type"),
            JAVA_BYTE.withName("present"),
            JAVA_BYTE.withName("dpl"),
            JAVA_BYTE.withName("db"),
            JAVA_BYTE.withName("s"),
            JAVA_BYTE.withName("l"),
            JAVA_BYTE.withName("g"),
            JAVA_BYTE.withName("avl"),
            JAVA_BYTE.withName("unusable"),
            MemoryLayout.paddingLayout(1)).withName("kvm_segment");

    private static final VarHandle BASE = handle("base");
    private static final VarHandle LIMIT = handle("limit");
    private static final VarHandle SELECTOR = handle("selector");
    private static final VarHandle TYPE = handle("type");
    private static final VarHandle PRESENT = handle("present");
    private static final VarHandle DPL = handle("dpl");
    private static final VarHandle DB = handle("db");
    private static final VarHandle S = handle("s");
    private static final VarHandle L = handle("l");
    private static final VarHandle G = handle("g");
    private static final VarHandle AVL = handle("avl");
    private static final VarHandle UNUSABLE = handle("unusable");

    private final MemorySegment segment;

    KvmSegment(MemorySegment segment) {
        this.segment = segment;
    }

    private static VarHandle handle(String name) {
        return LAYOUT.varHandle(MemoryLayout.PathElement.groupElement(name));
    }

    public long base() {
        return (long) BASE.get(segment, 0L);
    }

    public int selector() {
        return Short.toUnsignedInt((short) SELECTOR.get(segment, 0L));
    }

    public int dpl() {
        return (byte) DPL.get(segment, 0L);
    }

    /**
     * Sets every field. {@code type} is the 4-bit descriptor type, {@code s} 1 for code/data,
     * {@code l} 1 for 64-bit code, {@code db} 1 for 32-bit default size, {@code g} 4 KiB granularity.
     */
    public void set(long base, int limit, int selector, int type, int dpl, int s, int l, int db, int g) {
        BASE.set(segment, 0L, base);
        LIMIT.set(segment, 0L, limit);
        SELECTOR.set(segment, 0L, (short) selector);
        TYPE.set(segment, 0L, (byte) type);
        PRESENT.set(segment, 0L, (byte) 1);
        DPL.set(segment, 0L, (byte) dpl);
        DB.set(segment, 0L, (byte) db);
        S.set(segment, 0L, (byte) s);
        L.set(segment, 0L, (byte) l);
        G.set(segment, 0L, (byte) g);
        AVL.set(segment, 0L, (byte) 0);
        UNUSABLE.set(segment, 0L, (byte) 0);
    }

    /** Marks the register unusable (a null selector), as for an unused LDT. */
    public void setUnusable() {
        segment.fill((byte) 0);
        UNUSABLE.set(segment, 0L, (byte) 1);
    }
}
