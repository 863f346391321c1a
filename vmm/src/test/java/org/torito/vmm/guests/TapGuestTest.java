package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.torito.examples.HttpServer;
import org.torito.vmm.RequiresHostNetworking;

/**
 * The TAP backend end to end: a network namespace of the test's own holds a TAP interface at
 * 10.0.3.1/24, the monitor runs inside it with the guest at 10.0.3.15/24, and the host side
 * pings the guest and fetches the HTTP example's page over real Linux networking.
 */
@RequiresHostNetworking
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class TapGuestTest {
    private static final String HOST = "10.0.3.1";
    private static final String GUEST = "10.0.3.15";
    private static final int BULK = 4 << 20;

    @TempDir
    Path dir;

    private String namespace;
    private final List<Process> monitors = new ArrayList<>();

    @BeforeEach
    void createNamespaceWithATap() throws IOException {
        namespace = "torito-test-" + ProcessHandle.current().pid();
        run("ip", "netns", "del", namespace);   // left by a test run that was killed
        must("ip", "netns", "add", namespace);
        must("ip", "-n", namespace, "link", "set", "lo", "up");
        must("ip", "-n", namespace, "tuntap", "add", "dev", "tap0", "mode", "tap");
        must("ip", "-n", namespace, "addr", "add", HOST + "/24", "dev", "tap0");
        must("ip", "-n", namespace, "link", "set", "tap0", "up");
    }

    @AfterEach
    void deleteNamespace() throws Exception {
        for (Process monitor : monitors) {
            monitor.destroyForcibly();
            monitor.waitFor(10, TimeUnit.SECONDS);
        }
        if (namespace != null) {
            must("ip", "netns", "del", namespace);
        }
    }

    @Test
    void thePingResponderAnswersPingOnTheTap() throws Exception {
        Monitor vm = start("ping", 2);
        assertEquals("ping: answering at 10.0.3.15/24 gateway 10.0.3.1 on 2 core(s)", vm.awaitLine("ping: "));
        Result ping = inNamespace("ping", "-c", "3", "-i", "0.3", "-W", "5", GUEST);
        assertEquals(0, ping.code(), ping.output());
        assertTrue(ping.output().contains("3 packets transmitted, 3 received"), ping.output());
    }

    @Test
    void theHttpExampleServesItsPageAndAnswersPingOnTheTap() throws Exception {
        Monitor vm = start("http", 2, "exit-endpoint");
        assertEquals("http: serving on port 80 of 10.0.3.15 on 2 core(s)", vm.awaitLine("http: "));
        Result ping = inNamespace("ping", "-c", "3", "-i", "0.3", "-W", "5", GUEST);
        assertEquals(0, ping.code(), ping.output());
        assertTrue(ping.output().contains("3 packets transmitted, 3 received"), ping.output());
        // Several connections, so with 2 cores both queues carry flows.
        for (int i = 0; i < 6; i++) {
            Result page = inNamespace("curl", "-sS", "--max-time", "30", "http://" + GUEST + "/");
            assertEquals(0, page.code(), page.output());
            assertTrue(page.output().contains("<h1>Hello from Torito</h1>"), page.output());
        }
        // Bulk both ways through the interface, with the host's own TCP on the other end.
        Path download = dir.resolve("download");
        Result got = inNamespace("curl", "-sS", "--max-time", "60", "-o", download.toString(),
                "http://" + GUEST + "/bytes?n=" + BULK);
        assertEquals(0, got.code(), got.output());
        byte[] expected = new byte[BULK];
        for (int i = 0; i < BULK; i++) {
            expected[i] = HttpServer.patternAt(i);
        }
        assertEquals(sha256(expected), sha256(Files.readAllBytes(download)), "the " + BULK + " bytes of /bytes");
        byte[] upload = new byte[BULK];
        new Random(5).nextBytes(upload);
        Path body = dir.resolve("upload");
        Files.write(body, upload);
        Result hash = inNamespace("curl", "-sS", "--max-time", "60", "-H", "Expect:", "--data-binary",
                "@" + body, "http://" + GUEST + "/sha256");
        assertEquals(0, hash.code(), hash.output());
        assertEquals(sha256(upload) + "\n", hash.output());

        Result exit = inNamespace("curl", "-sS", "--max-time", "30", "http://" + GUEST + "/exit");
        assertEquals(0, exit.code(), exit.output());
        assertTrue(vm.process.waitFor(30, TimeUnit.SECONDS), "the guest ended the VM");
        assertEquals(0, vm.process.exitValue(), vm.output());
    }

    @Test
    void aTapAnotherVmHoldsIsRefusedByName() throws Exception {
        Monitor first = start("ping", 1);
        first.awaitLine("ping: ");
        Path config = config("ping", 1);
        Result second = inNamespace(CliRun.command("run", config.toString()).toArray(String[]::new));
        assertEquals(2, second.code(), second.output());
        assertEquals("torito: tap tap0: busy: another process (another VM?) has it open;"
                + " give each VM its own TAP interface\n", second.output());
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    private Path config(String example, int cpus) throws IOException {
        Path config = dir.resolve(example + "-" + cpus + ".json");
        Files.writeString(config, "{\"kernel\": \"" + GuestImages.example(example) + "\", \"cpus\": " + cpus
                + ", \"memory\": \"256M\", \"nets\": [{\"backend\": \"tap\", \"ifname\": \"tap0\", \"address\": \""
                + GUEST + "/24\", \"gateway\": \"" + HOST + "\"}]}");
        return config;
    }

    /** The monitor in a JVM of its own inside the namespace, with its console and errors merged. */
    private Monitor start(String example, int cpus, String... guestArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
        List<String> args = new ArrayList<>(List.of("run", config(example, cpus).toString()));
        if (guestArgs.length > 0) {
            args.add("--");
            args.addAll(List.of(guestArgs));
        }
        command.addAll(CliRun.command(args.toArray(String[]::new)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        monitors.add(process);
        return new Monitor(process);
    }

    /** A running monitor; its output is collected by a thread of its own. */
    private static final class Monitor {
        final Process process;
        private final StringBuffer output = new StringBuffer();

        Monitor(Process process) {
            this.process = process;
            Thread.ofPlatform().daemon().start(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        synchronized (output) {
                            output.append(line).append('\n');
                            output.notifyAll();
                        }
                    }
                } catch (IOException e) {
                    // the process went away: what it wrote is kept
                }
            });
        }

        /** The first line starting with {@code prefix}; fails after 120 s or when the monitor ends first. */
        String awaitLine(String prefix) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            boolean exited = false;
            synchronized (output) {
                while (true) {
                    for (String line : output.toString().split("\n")) {
                        if (line.startsWith(prefix)) {
                            return line;
                        }
                    }
                    if (exited || System.nanoTime() - deadline > 0) {
                        throw new AssertionError("no line starting with \"" + prefix + "\" from the monitor"
                                + (process.isAlive() ? "" : " (it exited " + process.exitValue() + ")") + ": " + output);
                    }
                    exited = !process.isAlive();   // then one more round, for the reader to catch up
                    output.wait(500);
                }
            }
        }

        String output() {
            return output.toString();
        }
    }

    private Result inNamespace(String... command) throws IOException {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
        full.addAll(List.of(command));
        return run(full.toArray(String[]::new));
    }

    private record Result(int code, String output) {
    }

    private static Result run(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in 120 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return new Result(p.exitValue(), out);
    }

    private static void must(String... command) throws IOException {
        Result r = run(command);
        if (r.code() != 0) {
            throw new IOException(String.join(" ", command) + " failed (" + r.code() + "): " + r.output().strip());
        }
    }
}
