package org.torito.vmm.devices.blk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.vmm.config.DiskConfig;

/**
 * What a guest reads from a disk image: the file's bytes (through the image's mapping), what was
 * written a moment before (the mapping and pwrite share one page cache), and zeroes where the
 * file no longer reaches, when it shrinks under a running VM.
 */
class DiskImageTest {
    private static final int SIZE = 64 * 1024;

    @TempDir
    Path dir;

    private Path image(byte[] content) throws IOException {
        Path path = dir.resolve("disk.img");
        Files.write(path, content);
        return path;
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] bytes(MemorySegment segment) {
        return segment.toArray(ValueLayout.JAVA_BYTE);
    }

    @Test
    void readsTheFilesBytesAtAnyOffset() throws IOException {
        byte[] content = random(SIZE, 1);
        try (Arena arena = Arena.ofConfined();
             DiskImage disk = DiskImage.open(new DiskConfig(image(content), true), 0)) {
            MemorySegment state = DiskImage.newCallState(arena);
            for (int offset : new int[] {0, 512, 4096, 12345, SIZE - 4096}) {
                MemorySegment target = arena.allocate(4096);
                disk.read(offset, target, state);
                assertArrayEquals(Arrays.copyOfRange(content, offset, offset + 4096), bytes(target), "at " + offset);
            }
        }
    }

    @Test
    void aReadSeesTheWriteBeforeIt() throws IOException {
        try (Arena arena = Arena.ofConfined();
             DiskImage disk = DiskImage.open(new DiskConfig(image(new byte[SIZE]), false), 0)) {
            MemorySegment state = DiskImage.newCallState(arena);
            byte[] written = random(8192, 2);
            disk.write(4096, arena.allocateFrom(ValueLayout.JAVA_BYTE, written), state);
            MemorySegment target = arena.allocate(8192);
            disk.read(4096, target, state);
            assertArrayEquals(written, bytes(target));
            disk.writeZeroes(4096, 4096);
            disk.read(4096, target, state);
            byte[] expected = written.clone();
            Arrays.fill(expected, 0, 4096, (byte) 0);
            assertArrayEquals(expected, bytes(target));
        }
    }

    @Test
    void whatTheFileNoLongerHoldsReadsAsZeroes() throws IOException {
        byte[] content = random(SIZE, 3);
        Path path = image(content);
        try (Arena arena = Arena.ofConfined();
             DiskImage disk = DiskImage.open(new DiskConfig(path, true), 0)) {
            MemorySegment state = DiskImage.newCallState(arena);
            MemorySegment target = arena.allocate(8192);
            try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
                file.setLength(SIZE / 2 + 4096);
            }
            // The first page is still in the file, the second is gone: a copy from the mapping
            // faults there, and the read must neither crash the monitor nor leave old guest bytes,
            // in the interpreter or once the JIT has compiled the copy (hence the repeats).
            byte[] expected = new byte[8192];
            System.arraycopy(content, SIZE / 2, expected, 0, 4096);
            for (int i = 0; i < 20_000; i++) {
                target.fill((byte) 0x5a);
                disk.read(SIZE / 2, target, state);
                if (i % 1000 == 0) {
                    assertArrayEquals(expected, bytes(target), "read " + i);
                }
            }
            assertArrayEquals(expected, bytes(target));
            assertEquals(SIZE, disk.size(), "the guest's disk keeps the size it was given");
        }
    }
}
