package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.torito.examples.DiskCheck;

/**
 * virtio-blk end to end: the DiskCheck example writes a pattern over the whole disk from every
 * core's own queue, flushes, reads it back and checks it; the host then checks the image file.
 */
class DiskGuestTest {
    private static final int DISK_BYTES = 4 << 20;

    @TempDir
    Path dir;

    private Path disk(int bytes) throws IOException {
        Path image = dir.resolve("disk.img");
        byte[] junk = new byte[bytes];
        new Random(7).nextBytes(junk);
        Files.write(image, junk);
        return image;
    }

    private Path config(Path disk, boolean readonly, int cpus) throws IOException {
        Path config = dir.resolve("disk.json");
        Files.writeString(config, "{\"kernel\": \"" + GuestImages.example("disk-check") + "\", \"cpus\": " + cpus
                + ", \"memory\": \"128M\", \"disks\": [{\"path\": \"" + disk + "\", \"readonly\": " + readonly + "}]}");
        return config;
    }

    static void assertPattern(Path image, long seed) throws IOException {
        byte[] content = Files.readAllBytes(image);
        for (int i = 0; i < content.length; i++) {
            if (content[i] != DiskCheck.patternAt(i, seed)) {
                throw new AssertionError("the image differs from the pattern at byte " + i);
            }
        }
    }

    @ParameterizedTest(name = "{0} cores")
    @ValueSource(ints = {1, 2, 4})
    void everyCoreWritesFlushesAndReadsBackItsShareAndTheHostFileHoldsIt(int cpus) throws IOException {
        Path image = disk(DISK_BYTES);
        long seed = 1000 + cpus;
        CliRun run = CliRun.execute("run", config(image, false, cpus).toString(), "--", Long.toString(seed));
        assertEquals("", run.errors());
        assertEquals("disk 0: 8192 sectors, id \"disk.img\", read-write, " + cpus + " core(s)\n"
                + "flushed 8192 sectors, seed " + seed + "\n"
                + "verified 8192 sectors\n"
                + "started reads: 2000 verified, 8 in flight; one more refused\n", run.console());
        assertEquals(0, run.exitCode());
        assertPattern(image, seed);
    }

    @Test
    void aReadOnlyDiskAnswersAWriteWithAnErrorAndStaysUnchanged() throws IOException {
        Path image = disk(64 * 1024);
        byte[] before = Files.readAllBytes(image);
        CliRun run = CliRun.execute("run", config(image, true, 1).toString());
        assertEquals(0, run.exitCode(), run.console() + run.errors());
        assertEquals("disk 0: 128 sectors, id \"disk.img\", read-only, 1 core(s)\n"
                + "write refused: write at sector 0 failed: I/O error\n"
                + "read still works: first byte " + (before[0] & 0xFF) + "\n", run.console());
        assertEquals("", run.errors());
        assertArrayEquals(before, Files.readAllBytes(image));
    }

    @Test
    void flushedDataSurvivesKillingTheMonitor() throws Exception {
        Path image = disk(DISK_BYTES);
        long seed = 4242;
        List<String> command = CliRun.command("run", config(image, false, 2).toString(), "--", Long.toString(seed),
                "hold");
        Process monitor = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(monitor.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null) {
                seen.append(line).append('\n');
                if (line.startsWith("flushed ")) {
                    break;
                }
            }
            assertTrue(seen.toString().contains("flushed 8192 sectors, seed " + seed), seen.toString());
            // SIGKILL: the monitor gets no chance to write or sync anything more.
            monitor.destroyForcibly();
            assertTrue(monitor.waitFor(10, TimeUnit.SECONDS));
        } finally {
            monitor.destroyForcibly();
        }
        assertEquals(137, monitor.exitValue(), "killed by SIGKILL");
        assertPattern(image, seed);
    }

    @Test
    @Timeout(120)
    void eightThreadsOfOneCoreShareItsQueueWithoutLosingAWakeUp() throws IOException {
        assertRandomReadsAllSucceed(8, 1);
    }

    @Test
    @Timeout(120)
    void twoThreadsEachKeepingFourStartedReadsInFlightFillTheQueueWithoutAFailure() throws IOException {
        assertRandomReadsAllSucceed(2, 4);
    }

    /** DiskBench's 20,000 random reads over THREADS threads, each keeping DEPTH in flight. */
    private void assertRandomReadsAllSucceed(int threads, int depth) throws IOException {
        Path image = disk(1 << 20);
        Path config = dir.resolve("bench.json");
        Files.writeString(config, "{\"kernel\": \"" + GuestImages.example("disk-bench") + "\", \"disks\": [{\"path\": \""
                + image + "\"}]}");
        CliRun run = CliRun.execute("run", config.toString(), "--", "rand", "20000", Integer.toString(threads),
                Integer.toString(depth));
        assertEquals("", run.errors());
        assertEquals(0, run.exitCode());
        assertTrue(run.console().matches("rand read 4k: 20000 reads, " + threads + " thread\\(s\\), depth " + depth
                + ", 0 failed: \\d+ IOPS\n"), run.console());
    }

    @Test
    void aDiskThatIsNotWholeSectorsIsRefusedByName() throws IOException {
        Path image = disk(1000);
        CliRun run = CliRun.execute("run", config(image, false, 1).toString());
        assertEquals(2, run.exitCode());
        assertEquals("torito: disk 0 (" + image + "): size 1000 bytes is not a multiple of 512\n", run.errors());
        assertEquals("", run.console());
    }

    @Test
    void aMissingDiskIsRefusedByName() throws IOException {
        Path missing = dir.resolve("nothing.img");
        CliRun run = CliRun.execute("run", config(missing, false, 1).toString());
        assertEquals(2, run.exitCode());
        assertEquals("torito: disk 0 (" + missing + "): no such file\n", run.errors());
    }
}
