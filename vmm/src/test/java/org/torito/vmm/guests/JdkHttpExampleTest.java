package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.torito.examples.JdkHttpServer;

/**
 * The plain-Java HTTP example ({@link JdkHttpServer}, the JDK's HttpServer API) answers the same
 * on HotSpot and as a 2-core VM with main on every core (configs/http-jdk.json's way): the same
 * raw-socket client, byte for byte but the Date value, and 40 connections that each must be
 * answered (steered to both cores).
 */
class JdkHttpExampleTest {
    private static final int CONNECTIONS = 40;

    @TempDir
    Path dir;

    @Test
    @Timeout(240)
    void theExampleAnswersTheSameOnHotSpotAndOnEveryCoreOfAGuest() throws Exception {
        int hotspotPort = HttpGuestTest.freePort();
        HotSpotRun hotspot = HotSpotRun.start(JdkHttpServer.class, Map.of("PORT", Integer.toString(hotspotPort)),
                "exit-endpoint");
        List<String> onHotSpot = converse(hotspotPort);
        assertEquals(0, hotspot.waitFor(), hotspot.output());

        int guestPort = HttpGuestTest.freePort();
        Path config = dir.resolve("http-jdk.json");
        Files.writeString(config, "{\"kernel\": \"" + GuestImages.example("http-jdk") + "\", \"cpus\": 2,"
                + " \"memory\": \"256M\", \"main\": \"every-core\", \"nets\": [{\"backend\": \"user\", \"forwards\":"
                + " [{\"host\": \"127.0.0.1:" + guestPort + "\", \"guest\": 80}]}]}");
        CompletableFuture<CliRun> vm = CompletableFuture.supplyAsync(() -> CliRun.execute("run", config.toString(),
                "--", "exit-endpoint"));
        List<String> inGuest = converse(guestPort);
        CliRun run = vm.get(60, TimeUnit.SECONDS);
        assertEquals(0, run.exitCode(), run.console() + run.errors());
        assertEquals(onHotSpot, inGuest, "what the client heard: HotSpot, then the guest");
        assertEquals(List.of("http: serving on port 80", "http: serving on port 80"), run.console().lines().toList(),
                "each core's main said it serves");
    }

    private static List<String> converse(int port) throws Exception {
        List<String> heard = new ArrayList<>();
        heard.add(RawHttpClient.firstAnswer(port, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "HTTP/1.1 200"));
        heard.add(RawHttpClient.exchange(port, "GET / HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /missing?x=1 HTTP/1.1\r\nHost: x\r\n\r\n"
                + "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
                + "GET / HTTP/1.0\r\n\r\n"));
        for (int i = 0; i < CONNECTIONS; i++) {
            String answer = RawHttpClient.exchange(port, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertEquals(heard.getFirst(), answer, "connection " + i);
        }
        heard.add(RawHttpClient.exchange(port, "GET /exit HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
        return heard;
    }
}
