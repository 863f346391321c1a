package org.torito.vmm.elf;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.torito.vmm.BadInputException;

/**
 * A guest kernel image: a static x86-64 ELF64 executable, fully validated before anything is
 * copied. Every problem is a {@link BadInputException} whose one line names the file.
 */
public final class ElfImage {
    private static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfShort U16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    static final int HEADER_SIZE = 64;
    static final int PHDR_SIZE = 56;
    static final int ELFCLASS64 = 2;
    static final int ELFDATA2LSB = 1;
    static final int ET_EXEC = 2;
    static final int ET_DYN = 3;
    static final int EM_X86_64 = 62;
    static final int PT_LOAD = 1;

    private final Path file;
    private final MemorySegment bytes;
    private final long entry;
    private final List<ElfSegment> segments;

    private ElfImage(Path file, MemorySegment bytes, long entry, List<ElfSegment> segments) {
        this.file = file;
        this.bytes = bytes;
        this.entry = entry;
        this.segments = segments;
    }

    public Path file() {
        return file;
    }

    public long entry() {
        return entry;
    }

    /** The PT_LOAD segments with a non-zero size, in address order. */
    public List<ElfSegment> segments() {
        return segments;
    }

    /** Lowest loaded address. */
    public long start() {
        return segments.getFirst().address();
    }

    /** End of the highest loaded segment. */
    public long end() {
        return segments.getLast().end();
    }

    /** The bytes of a segment that come from the file (p_filesz of them). */
    public MemorySegment fileBytes(ElfSegment segment) {
        return bytes.asSlice(segment.fileOffset(), segment.fileSize());
    }

    /** Reads and validates {@code file}; the message names it as "kernel &lt;file&gt;". */
    public static ElfImage read(Path file) {
        byte[] content;
        try {
            if (Files.isDirectory(file)) {
                throw bad(file, "is a directory, not an ELF file");
            }
            long size = Files.size(file);
            if (size > Integer.MAX_VALUE - 16) {
                throw bad(file, "is " + size + " bytes; images over 2 GiB are not supported");
            }
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw bad(file, "no such file");
        } catch (AccessDeniedException e) {
            throw bad(file, "permission denied");
        } catch (IOException e) {
            throw bad(file, "cannot read: " + e.getMessage());
        }
        return parse(file, content);
    }

    /** Validates an image already in memory; {@code file} is only used in messages. */
    public static ElfImage parse(Path file, byte[] content) {
        MemorySegment b = MemorySegment.ofArray(content);
        long size = content.length;
        if (size < 4 || content[0] != 0x7f || content[1] != 'E' || content[2] != 'L' || content[3] != 'F') {
            throw bad(file, "not an ELF file (no \\x7fELF magic)");
        }
        if (size < HEADER_SIZE) {
            throw bad(file, "truncated ELF header (" + size + " bytes, need " + HEADER_SIZE + ")");
        }
        if (content[4] != ELFCLASS64) {
            throw bad(file, "not a 64-bit ELF (EI_CLASS " + content[4] + ", need 2 = ELFCLASS64)");
        }
        if (content[5] != ELFDATA2LSB) {
            throw bad(file, "not little-endian (EI_DATA " + content[5] + ", need 1 = ELFDATA2LSB)");
        }
        int type = Short.toUnsignedInt(b.get(U16, 16));
        if (type != ET_EXEC) {
            throw bad(file, "not a static executable (e_type " + type
                    + (type == ET_DYN ? " = ET_DYN: position-independent images are not supported, link with -no-pie"
                    : ", need 2 = ET_EXEC") + ")");
        }
        int machine = Short.toUnsignedInt(b.get(U16, 18));
        if (machine != EM_X86_64) {
            throw bad(file, "not an x86-64 image (e_machine " + machine + ", need 62 = EM_X86_64)");
        }
        long entry = b.get(U64, 24);
        long phoff = b.get(U64, 32);
        int phentsize = Short.toUnsignedInt(b.get(U16, 54));
        int phnum = Short.toUnsignedInt(b.get(U16, 56));
        if (phnum == 0) {
            throw bad(file, "has no program headers");
        }
        if (phentsize != PHDR_SIZE) {
            throw bad(file, "program header size " + phentsize + ", need " + PHDR_SIZE);
        }
        long tableSize = (long) phnum * PHDR_SIZE;
        if (!inside(phoff, tableSize, size)) {
            throw bad(file, String.format("program header table [0x%x, +0x%x) lies outside the file (%d bytes)",
                    phoff, tableSize, size));
        }

        List<ElfSegment> loads = new ArrayList<>();
        for (int i = 0; i < phnum; i++) {
            long at = phoff + (long) i * PHDR_SIZE;
            if (b.get(U32, at) != PT_LOAD) {
                continue;
            }
            int flags = b.get(U32, at + 4);
            long offset = b.get(U64, at + 8);
            long vaddr = b.get(U64, at + 16);
            long filesz = b.get(U64, at + 32);
            long memsz = b.get(U64, at + 40);
            if (Long.compareUnsigned(filesz, memsz) > 0) {
                throw bad(file, String.format("segment %d: p_filesz 0x%x is larger than p_memsz 0x%x", i, filesz, memsz));
            }
            if (!inside(offset, filesz, size)) {
                throw bad(file, String.format("segment %d: file range [0x%x, +0x%x) lies outside the file (%d bytes)",
                        i, offset, filesz, size));
            }
            if (vaddr < 0 || memsz < 0 || vaddr + memsz < 0) {
                throw bad(file, String.format("segment %d: address range [0x%x, +0x%x) is not a valid guest range",
                        i, vaddr, memsz));
            }
            if (memsz == 0) {
                continue;
            }
            loads.add(new ElfSegment(i, vaddr, memsz, offset, filesz, flags));
        }
        if (loads.isEmpty()) {
            throw bad(file, "has no PT_LOAD segment to load");
        }
        loads.sort(Comparator.comparingLong(ElfSegment::address));
        for (int i = 1; i < loads.size(); i++) {
            ElfSegment before = loads.get(i - 1);
            ElfSegment after = loads.get(i);
            if (after.address() < before.end()) {
                throw bad(file, before.describe() + " overlaps " + after.describe());
            }
        }
        boolean entryInCode = loads.stream()
                .anyMatch(s -> s.executable() && entry >= s.address() && entry < s.end());
        if (!entryInCode) {
            throw bad(file, String.format("entry point 0x%x is not inside an executable PT_LOAD segment", entry));
        }
        return new ElfImage(file, b, entry, List.copyOf(loads));
    }

    /**
     * Checks that every segment lies in [floor, ceiling) of a guest with {@code ramSize} bytes of
     * RAM; {@code ceiling} is where the monitor's stacks begin.
     */
    public void checkPlacement(long floor, long ceiling, long ramSize) {
        for (ElfSegment s : segments) {
            if (s.address() < floor) {
                throw bad(file, String.format("%s starts below 0x%x, inside the monitor's system area",
                        s.describe(), floor));
            }
            if (s.end() > ramSize) {
                throw bad(file, s.describe() + " lies outside guest RAM (" + sizeText(ramSize) + ")");
            }
            if (s.end() > ceiling) {
                throw bad(file, String.format("memory too small for the image: %s reaches into the stacks at "
                        + "[0x%x, 0x%x) (guest RAM %s)", s.describe(), ceiling, ramSize, sizeText(ramSize)));
            }
        }
    }

    /** "64 MiB", or bytes when not a whole number of MiB. */
    public static String sizeText(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return (bytes / (1024 * 1024)) + " MiB";
        }
        return bytes + " bytes";
    }

    private static boolean inside(long offset, long length, long size) {
        return offset >= 0 && length >= 0 && offset <= size && length <= size - offset;
    }

    private static BadInputException bad(Path file, String problem) {
        return new BadInputException("kernel " + file + ": " + problem);
    }
}
