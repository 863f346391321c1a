package org.torito.boot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test-side reader of an ELF64 header and its program headers (independent of the builder). */
record ElfSegments(int type, int machine, long entry, List<Segment> loads) {
    record Segment(long vaddr, long fileSize, long memSize, int flags) {
    }

    static ElfSegments read(Path elf) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(elf)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(0) != 0x464C457F || b.get(4) != 2) {
            throw new IOException(elf + " is not an ELF64 file");
        }
        long phoff = b.getLong(32);
        int phentsize = Short.toUnsignedInt(b.getShort(54));
        int phnum = Short.toUnsignedInt(b.getShort(56));
        List<Segment> loads = new ArrayList<>();
        for (int i = 0; i < phnum; i++) {
            int at = (int) (phoff + (long) i * phentsize);
            if (b.getInt(at) == 1) {
                loads.add(new Segment(b.getLong(at + 16), b.getLong(at + 32), b.getLong(at + 40), b.getInt(at + 4)));
            }
        }
        return new ElfSegments(Short.toUnsignedInt(b.getShort(16)), Short.toUnsignedInt(b.getShort(18)),
                b.getLong(24), loads);
    }
}
