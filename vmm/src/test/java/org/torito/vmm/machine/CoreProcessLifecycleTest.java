package org.torito.vmm.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.vmm.TestAccelerator;
import org.torito.vmm.accel.AcceleratorKind;
import org.torito.vmm.accel.Accelerators;
import org.torito.vmm.cli.ToritoCli;
import org.torito.vmm.elf.ElfBuilder;

/**
 * A monitor in a JVM of its own, running a guest whose core 0 spins forever and whose core 1
 * sleeps: SIGTERM (what Ctrl-C and systemd send) stops it within a second, kill -9 of the
 * monitor takes its core processes with it, and a core process holds only the descriptors its
 * doors need.
 */
class CoreProcessLifecycleTest {
    private static final long TEXT = 0x200000;
    private static final long DATA = 0x400000;

    @TempDir
    Path dir;

    /** Starts the monitor on a 2-core guest that says "ready" and then spins (core 0) and sleeps (core 1). */
    private Process startSpinningGuest() throws IOException {
        byte[] ready = "ready\n".getBytes(StandardCharsets.US_ASCII);
        GuestCode code = new GuestCode().movR13Rsi()
                .bytes(0x4D, 0x85, 0xED).jne("sleep")                   // test r13, r13; core 1 sleeps
                .consoleWrite(DATA, ready.length)
                .label("spin").spin()
                .label("sleep").idle(-1).jmp("sleep");
        Path kernel = dir.resolve("spin.elf");
        Files.write(kernel, GuestCode.elf().load(TEXT, ElfBuilder.PF_R | ElfBuilder.PF_X, code.toBytes())
                .load(DATA, ElfBuilder.PF_R | ElfBuilder.PF_W, ready).build());
        Path config = dir.resolve("spin.json");
        Files.writeString(config, "{\"kernel\": \"spin.elf\", \"cpus\": 2, \"memory\": \"64M\"}");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path")));
        String accelerator = System.getProperty(Accelerators.AUTO_PROPERTY);
        if (accelerator != null) {
            command.add("-D" + Accelerators.AUTO_PROPERTY + "=" + accelerator);
        }
        command.addAll(List.of(ToritoCli.class.getName(), "run", config.toString()));
        Process monitor = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(monitor.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("ready", out.readLine(), "the guest started");
        return monitor;
    }

    private static void assertCoreProcessesGone(long monitorPid) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (!CoreProcesses.of(monitorPid).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(List.of(), CoreProcesses.of(monitorPid), "core processes of monitor " + monitorPid + " left");
    }

    @Test
    void sigtermStopsASpinningGuestWithinASecond() throws Exception {
        Process monitor = startSpinningGuest();
        long start = System.nanoTime();
        monitor.destroy();
        assertTrue(monitor.waitFor(1, TimeUnit.SECONDS), "the monitor still ran a second after SIGTERM");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 1000, "stopped after " + millis + " ms");
        assertCoreProcessesGone(monitor.pid());
    }

    @Test
    void killingTheMonitorWithSigkillTakesItsCoresWithIt() throws Exception {
        Process monitor = startSpinningGuest();
        if (TestAccelerator.current() == AcceleratorKind.PROCESS) {
            assertEquals(2, CoreProcesses.of(monitor.pid()).size(), "one process per core while it runs");
        }
        monitor.destroyForcibly();
        assertTrue(monitor.waitFor(5, TimeUnit.SECONDS));
        assertCoreProcessesGone(monitor.pid());
    }

    /**
     * Control socket (3), the two doorbells (4, 5), the core's own schedstat (6, where the kernel
     * has one): nothing else, not even standard input, output or error. Core processes are not
     * dumpable, so only root may look at their descriptors.
     */
    @Test
    void aCoreProcessHoldsOnlyTheDescriptorsItsDoorsUse() throws Exception {
        assumeTrue(TestAccelerator.current() == AcceleratorKind.PROCESS, "core processes exist on the process backend only");
        Process monitor = startSpinningGuest();
        try {
            for (long pid : CoreProcesses.of(monitor.pid())) {
                Path fds = Path.of("/proc/" + pid + "/fd");
                assumeTrue(Files.isReadable(fds), "reading another process's descriptors needs root");
                List<Integer> open;
                try (Stream<Path> entries = Files.list(fds)) {
                    open = entries.map(p -> Integer.parseInt(p.getFileName().toString())).sorted().toList();
                }
                List<Integer> expected = Files.exists(Path.of("/proc/thread-self/schedstat"))
                        ? List.of(3, 4, 5, 6) : List.of(3, 4, 5);
                assertEquals(expected, open, "descriptors of core process " + pid);
                if (open.contains(6)) {
                    assertEquals(Path.of("/proc/" + pid + "/task/" + pid + "/schedstat"),
                            Files.readSymbolicLink(fds.resolve("6")), "descriptor 6 of core process " + pid);
                }
            }
        } finally {
            monitor.destroyForcibly();
            monitor.waitFor();
        }
    }
}
