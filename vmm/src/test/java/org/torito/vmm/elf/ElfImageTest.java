package org.torito.vmm.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.vmm.BadInputException;

class ElfImageTest {
    private static final long MIB = 1024 * 1024;
    private static final long RAM = 64 * MIB;
    /** ud2; jmp $ */
    private static final byte[] CODE = {0x0F, 0x0B, (byte) 0xEB, (byte) 0xFE};

    @TempDir
    Path dir;

    private static ElfBuilder valid() {
        return new ElfBuilder().entry(0x200000)
                .load(0x200000, ElfBuilder.PF_R | ElfBuilder.PF_X, CODE)
                .note()
                .load(0x201000, ElfBuilder.PF_R | ElfBuilder.PF_W, new byte[] {1, 2, 3}, 0x5000);
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = dir.resolve("kernel.elf");
        Files.write(file, bytes);
        return file;
    }

    /** Reads the file, expects a BadInputException, checks it is one line naming the file, returns it. */
    private String problem(byte[] bytes) throws IOException {
        return problemWith(write(bytes));
    }

    private String problemWith(Path file) {
        BadInputException e = assertThrows(BadInputException.class, () -> ElfImage.read(file));
        String message = e.getMessage();
        assertTrue(message.startsWith("kernel " + file + ": "), message);
        assertFalse(message.contains("\n"), message);
        return message;
    }

    private static byte[] patch(byte[] bytes, int offset, int... values) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < values.length; i++) {
            copy[offset + i] = (byte) values[i];
        }
        return copy;
    }

    private static byte[] patchLong(byte[] bytes, int offset, long value) {
        byte[] copy = bytes.clone();
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putLong(offset, value);
        return copy;
    }

    /** Offset of a field in program header {@code index}. */
    private static int phdr(int index, int field) {
        return 64 + 56 * index + field;
    }

    @Test
    void validImageIsParsed() throws IOException {
        ElfImage image = ElfImage.read(write(valid().build()));
        assertEquals(0x200000, image.entry());
        assertEquals(2, image.segments().size(), "the PT_NOTE is skipped");
        ElfSegment data = image.segments().get(1);
        assertEquals(2, data.index());
        assertEquals(0x201000, data.address());
        assertEquals(0x5000, data.memorySize());
        assertEquals(3, data.fileSize());
        assertTrue(data.writable());
        assertFalse(data.executable());
        assertEquals(0x206000, image.end());
        assertEquals(CODE.length, image.fileBytes(image.segments().getFirst()).byteSize());
        image.checkPlacement(0x200000, RAM - 2 * MIB, RAM);
    }

    @Test
    void missingFile() {
        assertTrue(problemWith(dir.resolve("nope.elf")).endsWith("no such file"));
    }

    @Test
    void directory() {
        assertTrue(problemWith(dir).contains("is a directory"));
    }

    @Test
    void notAnElfFile() throws IOException {
        assertTrue(problem("#!/bin/sh\necho hi\n".getBytes()).contains("not an ELF file"));
        assertTrue(problem(new byte[0]).contains("not an ELF file"));
    }

    @Test
    void truncatedHeader() throws IOException {
        String message = problem(Arrays.copyOf(valid().build(), 40));
        assertTrue(message.contains("truncated ELF header (40 bytes, need 64)"), message);
    }

    @Test
    void wrongClass() throws IOException {
        assertTrue(problem(patch(valid().build(), 4, 1)).contains("not a 64-bit ELF"));
    }

    @Test
    void bigEndian() throws IOException {
        assertTrue(problem(patch(valid().build(), 5, 2)).contains("not little-endian"));
    }

    @Test
    void positionIndependentExecutable() throws IOException {
        String message = problem(patch(valid().build(), 16, 3, 0));
        assertTrue(message.contains("ET_DYN"), message);
    }

    @Test
    void wrongMachine() throws IOException {
        assertTrue(problem(patch(valid().build(), 18, 3, 0)).contains("not an x86-64 image (e_machine 3"));
    }

    @Test
    void programHeadersOutsideTheFile() throws IOException {
        String message = problem(patchLong(valid().build(), 32, 0x100000));
        assertTrue(message.contains("program header table [0x100000, +0xa8) lies outside the file"), message);
    }

    @Test
    void truncatedSegmentData() throws IOException {
        byte[] full = valid().build();
        String message = problem(Arrays.copyOf(full, 0x1002));
        assertTrue(message.contains("segment 0: file range [0x1000, +0x4) lies outside the file (4098 bytes)"),
                message);
    }

    @Test
    void fileSizeLargerThanMemorySize() throws IOException {
        String message = problem(patchLong(valid().build(), phdr(0, 40), 2));
        assertTrue(message.contains("segment 0: p_filesz 0x4 is larger than p_memsz 0x2"), message);
    }

    @Test
    void noLoadableSegment() throws IOException {
        String message = problem(new ElfBuilder().entry(0x200000).note().build());
        assertTrue(message.contains("no PT_LOAD segment"), message);
    }

    @Test
    void overlappingSegments() throws IOException {
        byte[] bytes = new ElfBuilder().entry(0x200000)
                .load(0x200000, ElfBuilder.PF_R | ElfBuilder.PF_X, CODE, 0x2000)
                .load(0x201000, ElfBuilder.PF_R | ElfBuilder.PF_W, new byte[8])
                .build();
        String message = problem(bytes);
        assertTrue(message.contains("segment 0 [0x200000, 0x202000) overlaps segment 1 [0x201000, 0x201008)"),
                message);
    }

    @Test
    void entryOutsideExecutableSegment() throws IOException {
        String inData = problem(valid().entry(0x201000).build());
        assertTrue(inData.contains("entry point 0x201000 is not inside an executable PT_LOAD segment"), inData);
        String nowhere = problem(valid().entry(0x900000).build());
        assertTrue(nowhere.contains("entry point 0x900000"), nowhere);
    }

    @Test
    void segmentBelowTheImageFloor() throws IOException {
        ElfImage image = ElfImage.read(write(new ElfBuilder().entry(0x100000)
                .load(0x100000, ElfBuilder.PF_R | ElfBuilder.PF_X, CODE).build()));
        BadInputException e = assertThrows(BadInputException.class,
                () -> image.checkPlacement(0x200000, RAM - 2 * MIB, RAM));
        assertTrue(e.getMessage().contains("segment 0 [0x100000, 0x100004) starts below 0x200000"), e.getMessage());
    }

    @Test
    void segmentOutsideGuestRam() throws IOException {
        Path file = write(new ElfBuilder().entry(0x200000)
                .load(0x200000, ElfBuilder.PF_R | ElfBuilder.PF_X, CODE)
                .load(0x400000, ElfBuilder.PF_R | ElfBuilder.PF_W, new byte[0], 0x8c00000).build());
        ElfImage image = ElfImage.read(file);
        BadInputException e = assertThrows(BadInputException.class,
                () -> image.checkPlacement(0x200000, RAM - 2 * MIB, RAM));
        assertEquals("kernel " + file + ": segment 1 [0x400000, 0x9000000) lies outside guest RAM (64 MiB)",
                e.getMessage());
    }

    @Test
    void imageReachingIntoTheStacks() throws IOException {
        ElfImage image = ElfImage.read(write(new ElfBuilder().entry(0x200000)
                .load(0x200000, ElfBuilder.PF_R | ElfBuilder.PF_X, CODE, 61 * MIB).build()));
        BadInputException e = assertThrows(BadInputException.class,
                () -> image.checkPlacement(0x200000, RAM - 2 * MIB, RAM));
        assertTrue(e.getMessage().contains("memory too small for the image"), e.getMessage());
    }

    @Test
    void hugeUnsignedValuesAreRejectedNotWrapped() throws IOException {
        String offset = problem(patchLong(valid().build(), phdr(0, 8), -4096));
        assertTrue(offset.contains("segment 0: file range"), offset);
        byte[] wrapping = patchLong(patchLong(valid().build(), phdr(0, 16), -4096), phdr(0, 40), 0x2000);
        String address = problem(wrapping);
        assertTrue(address.contains("segment 0: address range"), address);
    }
}
