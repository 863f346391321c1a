package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.torito.vmm.config.VmConfig;
import org.torito.vmm.machine.Machine;
import org.torito.vmm.machine.MachineOutcome;

/**
 * Issue 19's java.time program: the guest prints what HotSpot prints, byte for byte
 * (docs/java-api.md, "java.time"; its image size is in docs/benchmarks.md).
 */
class JavaTimeGuestTest {
    private static Path image;

    @BeforeAll
    static void build() throws Exception {
        image = GuestImages.build(JavaTimeGuest.class);
    }

    @Test
    void printsWhatHotSpotPrints() throws Exception {
        // The host's clock as the run starts: the program prints whether Instant.now() is within a minute of it.
        String hostMillis = Long.toString(System.currentTimeMillis());
        assertEquals(hotSpot(JavaTimeGuest.class, hostMillis), guest(image, hostMillis), "HotSpot, then the guest");
    }

    @Test
    void durationParsingAndFixedZonesAsHotSpotAndRegionZonesNamedAsUnsupported() throws Exception {
        String expected = hotSpot(JavaTimeEdgesGuest.class, "");
        String out = guest(GuestImages.build(JavaTimeEdgesGuest.class), "");
        String paris = "Europe/Paris -> ";
        assertEquals(expected.substring(0, expected.indexOf(paris)), out.substring(0, out.indexOf(paris)),
                "HotSpot, then the guest, up to the region id");
        assertEquals(paris + "java.time.zone.ZoneRulesException: Unknown time-zone ID: Europe/Paris (a Torito image has "
                + "no time-zone database: java.time knows fixed offsets only, such as Z, UTC, GMT+2 or +05:30; "
                + "docs/java-api.md)\n", out.substring(out.indexOf(paris)));
    }

    private static String hotSpot(Class<?> program, String argument) throws Exception {
        ProcessBuilder hotspot = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dstdout.encoding=UTF-8", "-cp", GuestImages.TEST_CLASSES.toString(), program.getName(), argument);
        hotspot.redirectErrorStream(true);
        Process p = hotspot.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    private static String guest(Path image, String cmdline) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        MachineOutcome outcome = new Machine(new VmConfig(image, 1, 64L << 20, cmdline), console,
                new PrintStream(errors, true, StandardCharsets.UTF_8)).run();
        String out = console.toString(StandardCharsets.UTF_8);
        assertEquals(0, outcome.exitCode(), out + errors.toString(StandardCharsets.UTF_8));
        return out;
    }
}
