package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * com.sun.net.httpserver in the guest answers as the JDK's server on HotSpot: {@link
 * PlainHttpServer}, a plain-Java HttpServer app, runs on HotSpot and in a guest behind a port
 * forward (handlers on the connections' threads, then with an executor of the app's own); the same raw-socket
 * client sends both the same requests, and what it hears must be the same byte for byte but for
 * the Date header's value.
 */
class PlainHttpServerTest {
    private static Path image;

    @TempDir
    Path dir;

    @BeforeAll
    static void build() throws Exception {
        image = GuestImages.build(PlainHttpServer.class);
    }

    @Test
    @Timeout(240)
    void theSameAppAnswersTheSameOnHotSpotAndInAGuest() throws Exception {
        int hotspotPort = HttpGuestTest.freePort();
        HotSpotRun hotspot = HotSpotRun.start(PlainHttpServer.class, Integer.toString(hotspotPort));
        List<String> onHotSpot = converse(hotspotPort);
        assertEquals(0, hotspot.waitFor(), hotspot.output());
        String hotspotConsole = hotspot.output();

        for (String executor : new String[] {"direct", "threads"}) {
            int guestPort = HttpGuestTest.freePort();
            Path config = dir.resolve(executor + ".json");
            Files.writeString(config, "{\"kernel\": \"" + image + "\", \"memory\": \"128M\", \"nets\": [{\"backend\": "
                    + "\"user\", \"forwards\": [{\"host\": \"127.0.0.1:" + guestPort + "\", \"guest\": 8000}]}]}");
            CompletableFuture<CliRun> vm = CompletableFuture.supplyAsync(() -> CliRun.execute("run", config.toString(),
                    "--", "8000", executor));
            List<String> inGuest = converse(guestPort);
            CliRun run = vm.get(60, TimeUnit.SECONDS);
            assertEquals(0, run.exitCode(), run.console() + run.errors());
            assertEquals(onHotSpot, inGuest, "what the client heard: HotSpot, then the guest (" + executor + ")");
            assertEquals(serverLines(hotspotConsole), serverLines(run.console()), "what the server printed");
        }
    }

    private static List<String> serverLines(String console) {
        return console.lines().filter(l -> l.startsWith("echo: ") || l.equals("exiting")).toList();
    }

    /** The requests, each answer up to the server's close, the Date values blanked. */
    private static List<String> converse(int port) throws Exception {
        List<String> heard = new ArrayList<>();
        heard.add(RawHttpClient.firstAnswer(port, "GET /hello/first HTTP/1.1\r\nConnection: close\r\n\r\n", "HTTP/1.1 200"));
        heard.add(RawHttpClient.exchange(port, "GET /hello HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /hello?chunked HTTP/1.1\r\nHost: x\r\n\r\n"
                + "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 13\r\n\r\nhéllo, world"
                + "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "4\r\nabcd\r\n10\r\n0123456789abcdef\r\n0\r\n\r\n"
                + "GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n"));
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            big.append((char) ('a' + i % 26));
        }
        heard.add(RawHttpClient.exchange(port, "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: text/big\r\nExpect: 100-continue\r\n"
                + "Content-Length: " + big.length() + "\r\nConnection: close\r\n\r\n" + big));
        heard.add(RawHttpClient.exchange(port, "GET /hello HTTP/1.0\r\n\r\n"));
        heard.add(RawHttpClient.exchange(port, "BROKEN\r\n\r\n"));
        heard.add(RawHttpClient.exchange(port, "POST /echo HTTP/1.1\r\nContent-Length: 4\r\nConnection: close\r\n\r\nexit"));
        return heard;
    }
}
