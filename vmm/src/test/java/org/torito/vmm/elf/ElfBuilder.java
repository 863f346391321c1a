package org.torito.vmm.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small ELF64 x86-64 executables for tests: a header, a program header table, and
 * each segment's bytes at a page-aligned file offset. Tests corrupt the result on purpose.
 */
public final class ElfBuilder {
    public static final int PF_X = 1;
    public static final int PF_W = 2;
    public static final int PF_R = 4;

    private record Segment(int type, long address, int flags, byte[] bytes, long memorySize) {
    }

    private final List<Segment> segments = new ArrayList<>();
    private long entry;

    public ElfBuilder entry(long address) {
        this.entry = address;
        return this;
    }

    /** A PT_LOAD with {@code bytes} from the file and {@code memorySize} in memory (the rest zero). */
    public ElfBuilder load(long address, int flags, byte[] bytes, long memorySize) {
        segments.add(new Segment(1, address, flags, bytes, memorySize));
        return this;
    }

    public ElfBuilder load(long address, int flags, byte[] bytes) {
        return load(address, flags, bytes, bytes.length);
    }

    /** A non-loadable program header (PT_NOTE), which the loader must skip. */
    public ElfBuilder note() {
        segments.add(new Segment(4, 0, PF_R, new byte[0], 0));
        return this;
    }

    public byte[] build() {
        int phoff = 64;
        long dataStart = 0x1000;
        long offset = dataStart;
        long[] offsets = new long[segments.size()];
        for (int i = 0; i < segments.size(); i++) {
            offsets[i] = offset;
            offset += (segments.get(i).bytes().length + 0xFFF) & ~0xFFFL;
        }
        ByteBuffer out = ByteBuffer.allocate((int) Math.max(offset, dataStart)).order(ByteOrder.LITTLE_ENDIAN);
        out.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0});
        out.position(16);
        out.putShort((short) 2);            // e_type ET_EXEC
        out.putShort((short) 62);           // e_machine EM_X86_64
        out.putInt(1);                      // e_version
        out.putLong(entry);
        out.putLong(phoff);
        out.putLong(0);                     // e_shoff
        out.putInt(0);                      // e_flags
        out.putShort((short) 64);           // e_ehsize
        out.putShort((short) 56);           // e_phentsize
        out.putShort((short) segments.size());
        out.putShort((short) 64);           // e_shentsize
        out.putShort((short) 0);            // e_shnum
        out.putShort((short) 0);            // e_shstrndx
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            out.position(phoff + 56 * i);
            out.putInt(s.type());
            out.putInt(s.flags());
            out.putLong(offsets[i]);
            out.putLong(s.address());
            out.putLong(s.address());
            out.putLong(s.bytes().length);
            out.putLong(s.memorySize());
            out.putLong(0x1000);
        }
        for (int i = 0; i < segments.size(); i++) {
            out.position((int) offsets[i]);
            out.put(segments.get(i).bytes());
        }
        return out.array();
    }
}
