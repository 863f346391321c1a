package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain-Java server on a 2-core VM ({@link CoreNamingServer}): with main on core 0 (the
 * default) it gets every connection, since the monitor steers new flows only to queues a core
 * has opened; with {@code "main": "every-core"} each core runs it and both serve. Both at the
 * default memory (64 MiB), where each core's network queues once did not fit ("out of DMA memory").
 */
class MainOnCoresGuestTest {
    private static final int CONNECTIONS = 24;
    private static Path image;

    @TempDir
    Path dir;

    @BeforeAll
    static void build() throws Exception {
        image = GuestImages.build(CoreNamingServer.class);
    }

    @Test
    @Timeout(180)
    void aServerOnCoreZeroOfATwoCoreVmGetsEveryConnection() throws Exception {
        Served served = serve("");
        assertEquals(Set.of("core 0"), served.answers(), "which cores answered " + CONNECTIONS + " connections");
        assertEquals(1, served.run().console().lines().filter(l -> l.endsWith(": listening")).count(),
                served.run().console());
    }

    @Test
    @Timeout(180)
    void withMainOnEveryCoreBothCoresServe() throws Exception {
        Served served = serve(", \"main\": \"every-core\"");
        assertEquals(Set.of("core 0", "core 1"), served.answers(), "which cores answered " + CONNECTIONS + " connections");
        assertEquals(Set.of("core 0: listening", "core 1: listening"),
                new TreeSet<>(served.run().console().lines().filter(l -> l.endsWith(": listening")).toList()),
                served.run().console());
    }

    private record Served(Set<String> answers, CliRun run) {
    }

    /** Boots the server on 2 cores with {@code extra} config fields; CONNECTIONS connections once it serves, then "exit". */
    private Served serve(String extra) throws Exception {
        int port = HttpGuestTest.freePort();
        Path config = dir.resolve("cores.json");
        Files.writeString(config, "{\"kernel\": \"" + image + "\", \"cpus\": 2" + extra
                + ", \"nets\": [{\"backend\": \"user\", \"forwards\": [{\"host\": \"127.0.0.1:" + port
                + "\", \"guest\": 7}]}]}");
        CompletableFuture<CliRun> vm = CompletableFuture.supplyAsync(() -> CliRun.execute("run", config.toString(),
                "--", "7"));
        awaitAnswers(port, extra.isEmpty() ? 1 : 2);
        Set<String> answers = new TreeSet<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            // Every server is up now: each connection must be answered at the first try.
            answers.add(ask(port, "which"));
        }
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write("exit\n".getBytes(StandardCharsets.UTF_8));
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null && !line.equals("bye")) {
                // a core that is not the one "exit" reached answers "core K" and waits
            }
        }
        CliRun run = vm.get(60, TimeUnit.SECONDS);
        assertEquals(0, run.exitCode(), run.console() + run.errors());
        return new Served(answers, run);
    }

    /**
     * Until {@code cores} different cores have answered: the forward accepts before the guest
     * listens, and a connection steered to a core that does not listen yet is closed unanswered.
     */
    private static void awaitAnswers(int port, int cores) throws Exception {
        Set<String> seen = new TreeSet<>();
        long giveUp = System.nanoTime() + 60_000_000_000L;
        while (seen.size() < cores) {
            IOException failure = null;
            try {
                seen.add(ask(port, "ready?"));
            } catch (IOException e) {
                failure = e;
                Thread.sleep(100);
            }
            if (System.nanoTime() > giveUp) {
                throw new IOException("answers from " + seen + " only, after 60 s", failure);
            }
        }
    }

    private static String ask(int port, String line) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
            String answer = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
            if (answer == null) {
                throw new IOException("connection closed unanswered");
            }
            return answer;
        }
    }
}
