package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blocking sockets on cooperative threads: a guest echo server with a thread per connection
 * ({@link BlockingEchoGuest}) echoes many concurrent host connections through the port forward,
 * each sending more than the windows and buffers hold, so reads and writes block both ways.
 */
class BlockingEchoGuestTest {
    private static Path image;

    @TempDir
    Path dir;

    @BeforeAll
    static void build() throws Exception {
        image = GuestImages.build(BlockingEchoGuest.class);
    }

    @Test
    void everyConnectionGetsItsBytesBackOnTwoCores() throws Exception {
        int port = HttpGuestTest.freePort();
        Path config = dir.resolve("echo.json");
        Files.writeString(config, "{\"kernel\": \"" + image + "\", \"cpus\": 2, \"memory\": \"128M\", \"nets\": "
                + "[{\"backend\": \"user\", \"forwards\": [{\"host\": \"127.0.0.1:" + port + "\", \"guest\": 7}]}]}");
        CompletableFuture<CliRun> vm = CompletableFuture.supplyAsync(() -> CliRun.execute("run", config.toString()));
        int clients = 8;
        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            byte[] first = new byte[64 * 1024];
            new Random(1).nextBytes(first);
            first[0] = 'x';
            assertArrayEquals(first, echo(port, first, pool, vm), "first connection");
            List<Future<Boolean>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                byte[] data = new byte[512 * 1024 + c];
                new Random(100 + c).nextBytes(data);
                data[0] = 'x';
                results.add(pool.submit(() -> java.util.Arrays.equals(data, echo(port, data, pool, vm))));
            }
            for (Future<Boolean> r : results) {
                assertTrue(r.get(120, TimeUnit.SECONDS), "a connection got other bytes back");
            }
            echo(port, "EXIT".getBytes(StandardCharsets.US_ASCII), pool, vm);
            CliRun run = vm.get(30, TimeUnit.SECONDS);
            assertEquals(0, run.exitCode(), run.console() + run.errors());
            assertEquals("", run.errors());
            List<String> lines = run.console().lines().sorted().toList();
            assertEquals(List.of("core 0: echo on port 7", "core 1: echo on port 7"), lines, run.console());
        } finally {
            pool.shutdownNow();
            if (!vm.isDone()) {
                try {
                    echo(port, "EXIT".getBytes(StandardCharsets.US_ASCII), Executors.newSingleThreadExecutor(), vm);
                } catch (Exception ignored) {
                    // the VM is gone already, or the test failed for the reason reported above
                }
            }
        }
    }

    /** Sends {@code data} while reading the echo, then half-closes and reads to the end. */
    private static byte[] echo(int port, byte[] data, ExecutorService pool, CompletableFuture<CliRun> vm)
            throws Exception {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            if (vm.isDone()) {
                CliRun run = vm.get();
                throw new AssertionError("the VM ended with " + run.exitCode() + ": " + run.console() + run.errors());
            }
            try (Socket s = new Socket("127.0.0.1", port)) {
                s.setSoTimeout(60_000);
                Future<?> sender = pool.submit(() -> {
                    OutputStream out = s.getOutputStream();
                    out.write(data);
                    out.flush();
                    s.shutdownOutput();
                    return null;
                });
                InputStream in = s.getInputStream();
                byte[] back = in.readAllBytes();
                sender.get(60, TimeUnit.SECONDS);
                if (back.length > 0 || System.nanoTime() > giveUp) {
                    return back;
                }
            } catch (IOException e) {
                if (System.nanoTime() > giveUp) {
                    throw e;
                }
            }
            Thread.sleep(100); // the forward accepts before the guest listens: try again
        }
    }
}
