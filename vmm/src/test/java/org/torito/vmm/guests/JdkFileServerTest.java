package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
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
import org.torito.examples.JdkFileServer;
import org.torito.fs.ExternalTool;

/**
 * The plain-Java file server ({@link JdkFileServer}: the JDK's HttpServer over java.nio.file)
 * answers the same on HotSpot over a folder and in a guest over an ext2 disk holding the same
 * tree (configs/fileserver-jdk.json's way): the same raw-socket client hears the same bytes but
 * the Date values, the access logs are the same, and the disk is clean afterwards.
 */
class JdkFileServerTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(300)
    void theFileServerAnswersTheSameOnHotSpotAndInAGuest() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("docs"));
        Files.createDirectories(site.resolve("empty"));
        Files.writeString(site.resolve("docs/index.html"), "<p>docs</p>\n");
        Files.writeString(site.resolve("a b.txt"), "spaced out\n");
        byte[] big = new byte[300_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31 + (i >> 8));
        }
        Files.write(site.resolve("big.bin"), big);
        Path disk = dir.resolve("site.img");
        CliRun image = CliRun.execute("image", "ext2", site.toString(), disk.toString(), "--size", "16M");
        assertEquals(0, image.exitCode(), image.errors());
        // Every ext2 disk has one; the folder HotSpot serves gets it too, so the listings compare.
        Files.createDirectories(site.resolve("lost+found"));

        int hotspotPort = HttpGuestTest.freePort();
        HotSpotRun hotspot = HotSpotRun.start(JdkFileServer.class,
                Map.of("PORT", Integer.toString(hotspotPort), "SITE", site.toString()), "exit-endpoint");
        List<String> onHotSpot = converse(hotspotPort);
        assertEquals(0, hotspot.waitFor(), hotspot.output());

        int guestPort = HttpGuestTest.freePort();
        Path config = dir.resolve("fileserver-jdk.json");
        Files.writeString(config, "{\"kernel\": \"" + GuestImages.example("fileserver-jdk") + "\", \"memory\": \"256M\","
                + " \"disks\": [{\"path\": \"" + disk + "\", \"mount\": \"/site\"}], \"nets\": [{\"backend\": \"user\","
                + " \"forwards\": [{\"host\": \"127.0.0.1:" + guestPort + "\", \"guest\": 80}]}]}");
        CompletableFuture<CliRun> vm = CompletableFuture.supplyAsync(() -> CliRun.execute("run", config.toString(),
                "--", "exit-endpoint"));
        List<String> inGuest = converse(guestPort);
        CliRun run = vm.get(60, TimeUnit.SECONDS);
        assertEquals(0, run.exitCode(), run.console() + run.errors());

        assertEquals(onHotSpot, inGuest, "what the client heard: HotSpot, then the guest");
        assertEquals(Files.readString(site.resolve("logs/access.log")),
                new String(ExternalTool.debugfsCat(disk.toString(), "/logs/access.log"), StandardCharsets.UTF_8),
                "the access log: HotSpot's, then the one the guest wrote to its disk");
        ExternalTool.e2fsckClean(disk.toString());
    }

    private static List<String> converse(int port) throws Exception {
        List<String> heard = new ArrayList<>();
        heard.add(RawHttpClient.firstAnswer(port, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "HTTP/1.1 200"));
        heard.add(RawHttpClient.exchange(port, "GET /docs HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /docs/ HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /empty/ HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /a%20b.txt HTTP/1.1\r\nHost: x\r\n\r\n"
                + "HEAD /a%20b.txt HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /big.bin HTTP/1.1\r\nHost: x\r\nRange: bytes=1000-1999\r\n\r\n"
                + "GET /big.bin HTTP/1.1\r\nHost: x\r\nRange: bytes=999999-\r\n\r\n"
                + "GET /missing.txt HTTP/1.1\r\nHost: x\r\n\r\n"
                + "DELETE /a%20b.txt HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /big.bin HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
        heard.add(RawHttpClient.exchange(port, "GET /exit HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
        return heard;
    }
}
