package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each bad input to {@code torito run}: exit code 2, one line on standard error that names
 * the problem, no guest output. Images are the real hello.elf, broken in one way each.
 */
class BadInputTest {
    @TempDir
    Path dir;
    private byte[] hello;

    @BeforeEach
    void readHello() throws Exception {
        hello = Files.readAllBytes(GuestImages.example("hello"));
    }

    @Test
    void missingKernelFile() throws Exception {
        assertRejected(config("\"kernel\": \"nowhere.elf\""), "nowhere.elf", "no such file");
    }

    @Test
    void nonElfFile() throws Exception {
        Files.writeString(dir.resolve("k.elf"), "#!/bin/sh\necho not a kernel\n");
        assertRejected(config("\"kernel\": \"k.elf\""), "k.elf", "not an ELF file");
    }

    @Test
    void truncatedElf() throws Exception {
        Files.write(dir.resolve("k.elf"), Arrays.copyOf(hello, 40));
        assertRejected(config("\"kernel\": \"k.elf\""), "k.elf", "truncated ELF header");
    }

    @Test
    void truncatedSegments() throws Exception {
        Files.write(dir.resolve("k.elf"), Arrays.copyOf(hello, hello.length / 2));
        assertRejected(config("\"kernel\": \"k.elf\""), "k.elf", "lies outside the file");
    }

    @Test
    void segmentOutsideGuestRam() throws Exception {
        ByteBuffer elf = elf();
        int last = loadSegmentCount(elf) - 1;
        long at = 0x4000_0000L;   // 1 GiB, far above the VM's 64 MiB
        elf.putLong(phdr(elf, last) + 16, at).putLong(phdr(elf, last) + 24, at);
        Files.write(dir.resolve("k.elf"), elf.array());
        assertRejected(config("\"kernel\": \"k.elf\""), "k.elf", "lies outside guest RAM (64 MiB)");
    }

    @Test
    void entryOutsideEverySegment() throws Exception {
        ByteBuffer elf = elf();
        elf.putLong(24, 0x100000L);
        Files.write(dir.resolve("k.elf"), elf.array());
        assertRejected(config("\"kernel\": \"k.elf\""), "k.elf", "entry point 0x100000 is not inside an executable");
    }

    @Test
    void jsonSyntaxError() throws Exception {
        Path config = dir.resolve("vm.json");
        Files.writeString(config, "{\n  \"kernel\": \"k.elf\",\n  \"cpus\": 1,,\n}\n");
        assertRejected(config, "vm.json", "line 3");
    }

    @Test
    void unknownField() throws Exception {
        assertRejected(config("\"kernel\": \"k.elf\", \"disk\": \"x.img\""), "$.disk", "unknown field");
    }

    @Test
    void memoryTooSmallForTheImage() throws Exception {
        ByteBuffer elf = elf();
        int last = loadSegmentCount(elf) - 1;
        int ph = phdr(elf, last);
        long start = elf.getLong(ph + 16);
        // .bss up to 7.75 MiB: inside a 16 MiB VM's RAM but over its stack and guard (10 MiB) at the top.
        elf.putLong(ph + 40, 0x7C_0000L - start);
        Files.write(dir.resolve("k.elf"), elf.array());
        assertRejected(config("\"kernel\": \"k.elf\", \"memory\": \"16M\""), "k.elf", "memory too small for the image");
    }

    @Test
    void memoryTooSmallForTheCores() throws Exception {
        Files.write(dir.resolve("k.elf"), hello);
        assertRejected(config("\"kernel\": \"k.elf\", \"cpus\": 4, \"memory\": \"64M\""),
                "memory 64 MiB", "too small for 4 core(s)");
    }

    /** Found only once the devices are made, so after /dev/kvm is opened. */
    @Test
    void aCaptureFileInAFolderThatDoesNotExist() throws Exception {
        Files.write(dir.resolve("k.elf"), hello);
        assertRejected(config("\"kernel\": \"k.elf\", \"nets\": [{\"backend\": \"user\", \"pcap\": \"gone/x.pcap\"}]"),
                "nets[0].pcap: cannot write " + dir.resolve("gone/x.pcap"), "its folder does not exist");
    }

    private Path config(String fields) throws Exception {
        Path config = dir.resolve("vm.json");
        Files.writeString(config, "{" + fields + "}");
        return config;
    }

    private static void assertRejected(Path config, String names, String problem) {
        CliRun run = CliRun.execute("run", config.toString());
        assertEquals(2, run.exitCode(), run.errors());
        assertEquals("", run.console(), "no guest ran");
        String[] lines = run.errors().split("\n");
        assertEquals(1, lines.length, "exactly one line:\n" + run.errors());
        assertTrue(lines[0].startsWith("torito: "), lines[0]);
        assertTrue(lines[0].contains(names), "names " + names + ": " + lines[0]);
        assertTrue(lines[0].contains(problem), "says " + problem + ": " + lines[0]);
    }

    private ByteBuffer elf() {
        return ByteBuffer.wrap(hello.clone()).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Offset of the {@code index}-th program header. */
    private static int phdr(ByteBuffer elf, int index) {
        return (int) elf.getLong(32) + index * Short.toUnsignedInt(elf.getShort(54));
    }

    private static int loadSegmentCount(ByteBuffer elf) {
        int count = 0;
        for (int i = 0; i < Short.toUnsignedInt(elf.getShort(56)); i++) {
            count += elf.getInt(phdr(elf, i)) == 1 ? 1 : 0;
        }
        return count;
    }
}
