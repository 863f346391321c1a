package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A core's stack listens on at most 32 ports: the 33rd ServerSocket is refused with a message
 * that says so, not "Address already in use" after trying every ephemeral port, and a port in
 * use is still BindException.
 */
class ListenerLimitsGuestTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(180)
    void theThirtyThirdListenerIsRefusedForWhatItIs() throws Exception {
        Path image = GuestImages.build(ListenerLimits.class);
        Path config = dir.resolve("limits.json");
        Files.writeString(config, "{\"kernel\": \"" + image + "\", \"memory\": \"128M\", \"nets\": [{\"backend\": \"user\"}]}");
        CliRun run = CliRun.execute("run", config.toString());
        assertEquals(0, run.exitCode(), run.console() + run.errors());
        assertEquals(List.of(
                "after 32: java.net.SocketException: Too many listening sockets: a core listens on at most 32 ports at a"
                        + " time (docs/java-api.md)",
                "ports: 32 distinct, from 49152",
                "same port: java.net.BindException: Address already in use",
                "port 0 again: ok"), run.console().lines().toList());
    }
}
