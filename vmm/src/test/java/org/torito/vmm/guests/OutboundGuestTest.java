package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connections from the guest to the host: each core of a 2-core guest connects to 10.0.2.2:5432,
 * which the config's outbound rule takes to a server on the host's loopback, and gets its own
 * line back in capitals.
 */
class OutboundGuestTest {
    private static Path image;

    @TempDir
    Path dir;

    @BeforeAll
    static void build() throws Exception {
        image = GuestImages.build(OutboundGuest.class);
    }

    @Test
    void eachCoreReachesTheHostThroughTheOutboundRule() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            Thread.ofPlatform().daemon().start(() -> shout(server));
            Path config = dir.resolve("outbound.json");
            Files.writeString(config, "{\"kernel\": \"" + image + "\", \"cpus\": 2, \"memory\": \"128M\", \"nets\": "
                    + "[{\"backend\": \"user\", \"outbound\": [{\"port\": 5432, \"host\": \"127.0.0.1:"
                    + server.getLocalPort() + "\"}]}]}");
            CliRun run = CliRun.execute("run", config.toString(), "--", "5432");
            assertEquals(0, run.exitCode(), run.console() + run.errors());
            assertEquals(List.of("core 0 got: HELLO FROM CORE 0", "core 1 got: HELLO FROM CORE 1"),
                    run.console().lines().sorted().toList(), run.console() + run.errors());
        }
    }

    /** Answers each connection with what it read, in capitals, then closes it. */
    private static void shout(ServerSocket server) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                String line = new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
                s.getOutputStream().write(line.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                return;
            }
        }
    }
}
