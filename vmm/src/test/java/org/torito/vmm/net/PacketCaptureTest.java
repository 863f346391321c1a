package org.torito.vmm.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketCaptureTest {
    @TempDir
    Path dir;

    @Test
    void framesComeBackWholeInOrderWithTheirLengths() throws IOException {
        Path file = dir.resolve("x.pcap");
        Files.writeString(file, "old contents are replaced");
        byte[] big = new byte[PacketCapture.SNAP_LENGTH + 100];
        Arrays.fill(big, (byte) 7);
        long before = System.currentTimeMillis() * 1000;
        try (PacketCapture capture = PacketCapture.create(file)) {
            capture.record(new byte[] {9, 1, 2, 3, 9}, 1, 3);
            capture.record(new byte[0], 0, 0);
            capture.record(big, 0, big.length);
            assertEquals(3, capture.frames());
        }
        long after = System.currentTimeMillis() * 1000 + 1000;
        List<PcapFile.Frame> frames = PcapFile.read(file);
        assertEquals(3, frames.size());
        assertArrayEquals(new byte[] {1, 2, 3}, frames.get(0).data());
        assertEquals(3, frames.get(0).originalLength());
        assertEquals(0, frames.get(1).data().length);
        assertEquals(PacketCapture.SNAP_LENGTH, frames.get(2).data().length, "cut at the snap length");
        assertEquals(big.length, frames.get(2).originalLength(), "the length on the wire is kept");
        for (PcapFile.Frame f : frames) {
            assertTrue(f.micros() >= before - 1000 && f.micros() <= after, "timestamp " + f.micros());
        }
        assertTrue(frames.get(0).micros() <= frames.get(2).micros());
    }

    @Test
    void framesFromManyThreadsAreNeverInterleaved() throws Exception {
        Path file = dir.resolve("threads.pcap");
        int threads = 4;
        int each = 2000;
        try (PacketCapture capture = PacketCapture.create(file)) {
            List<Thread> started = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                byte id = (byte) t;
                started.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < each; i++) {
                        byte[] frame = new byte[1 + i % 300];
                        Arrays.fill(frame, id);
                        capture.record(frame, 0, frame.length);
                    }
                }));
            }
            for (Thread t : started) {
                t.join();
            }
        }
        List<PcapFile.Frame> frames = PcapFile.read(file);
        assertEquals(threads * each, frames.size());
        int[] next = new int[threads];
        for (PcapFile.Frame f : frames) {
            int id = f.data()[0];
            assertEquals(1 + next[id] % 300, f.data().length, "thread " + id + "'s frames in its order");
            for (byte b : f.data()) {
                assertEquals(id, b);
            }
            next[id]++;
        }
    }

    @Test
    void aCaptureThatCannotBeWrittenSaysSoAtCloseAndNeverThrowsMeanwhile() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "no writable /dev/full to fill up");
        PacketCapture capture = PacketCapture.create(full);
        byte[] frame = new byte[60_000];
        for (int i = 0; i < 10; i++) {
            capture.record(frame, 0, frame.length); // the buffer fills, the write fails, recording stops
        }
        assertNotNull(capture.failure());
        IOException e = assertThrows(IOException.class, capture::close);
        assertTrue(e.getMessage().contains("space"), e.getMessage());
    }

    @Test
    void aFolderThatDoesNotExistIsAnErrorAtCreate() {
        assertThrows(IOException.class, () -> PacketCapture.create(dir.resolve("no/such/folder/x.pcap")));
    }
}
