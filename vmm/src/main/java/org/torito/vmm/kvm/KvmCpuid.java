package org.torito.vmm.kvm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/** struct kvm_cpuid2 with its trailing array of struct kvm_cpuid_entry2. */
public final class KvmCpuid {
    public static final StructLayout ENTRY = MemoryLayout.structLayout(
            JAVA_INT.withName("function"),
            JAVA_INT.withName("index"),
            JAVA_INT.withName("flags"),
            JAVA_INT.withName("eax"),
            JAVA_INT.withName("ebx"),
            JAVA_INT.withName("ecx"),
            JAVA_INT.withName("edx"),
            MemoryLayout.sequenceLayout(3, JAVA_INT).withName("padding")).withName("kvm_cpuid_entry2");

    public static final StructLayout HEADER = MemoryLayout.structLayout(
            JAVA_INT.withName("nent"),
            JAVA_INT.withName("padding")).withName("kvm_cpuid2");

    private final List<CpuidEntry> entries;

    public KvmCpuid(List<CpuidEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<CpuidEntry> entries() {
        return entries;
    }

    /** The entry for a leaf and subleaf, if KVM reports one. */
    public Optional<CpuidEntry> find(int function, int index) {
        return entries.stream().filter(e -> e.function() == function && e.index() == index).findFirst();
    }

    /** A kvm_cpuid2 with room for {@code capacity} entries and nent = capacity. */
    static MemorySegment allocate(Arena arena, int capacity) {
        MemorySegment segment = arena.allocate(HEADER.byteSize() + ENTRY.byteSize() * capacity, 8);
        segment.set(JAVA_INT, 0, capacity);
        return segment;
    }

    static KvmCpuid read(MemorySegment segment) {
        int count = segment.get(JAVA_INT, 0);
        List<CpuidEntry> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long at = HEADER.byteSize() + ENTRY.byteSize() * i;
            list.add(new CpuidEntry(segment.get(JAVA_INT, at), segment.get(JAVA_INT, at + 4),
                    segment.get(JAVA_INT, at + 8), segment.get(JAVA_INT, at + 12), segment.get(JAVA_INT, at + 16),
                    segment.get(JAVA_INT, at + 20), segment.get(JAVA_INT, at + 24)));
        }
        return new KvmCpuid(list);
    }

    MemorySegment write(Arena arena) {
        MemorySegment segment = allocate(arena, entries.size());
        for (int i = 0; i < entries.size(); i++) {
            CpuidEntry e = entries.get(i);
            long at = HEADER.byteSize() + ENTRY.byteSize() * i;
            segment.set(JAVA_INT, at, e.function());
            segment.set(JAVA_INT, at + 4, e.index());
            segment.set(JAVA_INT, at + 8, e.flags());
            segment.set(JAVA_INT, at + 12, e.eax());
            segment.set(JAVA_INT, at + 16, e.ebx());
            segment.set(JAVA_INT, at + 20, e.ecx());
            segment.set(JAVA_INT, at + 24, e.edx());
        }
        return segment;
    }
}
