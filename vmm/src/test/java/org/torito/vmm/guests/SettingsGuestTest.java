package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.torito.vmm.accel.AcceleratorKind;
import org.torito.vmm.config.GuestSettings;
import org.torito.vmm.config.VmConfig;
import org.torito.vmm.machine.Machine;
import org.torito.vmm.machine.MachineOutcome;

/**
 * The config's "env" and "properties" reach System.getenv and System.getProperty, and the guest
 * tells the host's time on every core (boot info version 4's wall clock).
 */
class SettingsGuestTest {
    /** How far the guest's clock may be from the host's: the boot, plus a generous margin for a loaded host. */
    private static final long SLACK_MILLIS = 2_000;
    private static Path image;

    @BeforeAll
    static void build() throws Exception {
        image = GuestImages.build(SettingsGuest.class);
    }

    @Test
    void environmentPropertiesAndWallClockOnEveryCore() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORT", "8080");
        env.put("GREETING", "grüß dich = hello");
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("app.mode", "production");
        properties.put("user.home", "/srv/app");
        properties.put("empty", "");
        VmConfig config = new VmConfig(image, 2, 64L << 20, "", List.of(), List.of(), AcceleratorKind.AUTO,
                new GuestSettings(env, properties));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        long before = System.currentTimeMillis();
        MachineOutcome outcome = new Machine(config, console, new PrintStream(errors, true, StandardCharsets.UTF_8))
                .run();
        long after = System.currentTimeMillis();
        String out = console.toString(StandardCharsets.UTF_8);
        assertEquals(0, outcome.exitCode(), out + errors.toString(StandardCharsets.UTF_8));
        String[] lines = out.split("\n");
        assertInWindow("core 0's currentTimeMillis", number(lines[0], "millis=(\\d+)"), before, after);
        assertInWindow("core 0's new Date()", number(lines[1], "date=(\\d+)"), before, after);
        assertEquals(List.of("PORT=8080", "GREETING=grüß dich = hello", "MISSING=null",
                "env=PORT=8080;GREETING=grüß dich = hello;", "env map: unmodifiable", "getenv(null): NullPointerException",
                "app.mode=production", "user.home=/srv/app", "empty=[]"), List.of(lines).subList(2, 11));
        assertTrue(lines[11].startsWith("core 1: PORT=8080 millis="), lines[11]);
        long core1 = number(lines[11], "millis=(\\d+)");
        assertInWindow("core 1's currentTimeMillis", core1, before, after);
        assertTrue(core1 >= number(lines[0], "millis=(\\d+)"), "core 1 asked later than core 0, so its time is not earlier");
        assertEquals(List.of("sleep(30): ok", "wait(30): ok"), List.of(lines).subList(12, lines.length));
    }

    @Test
    void withoutSettingsGetenvIsEmptyAndPropertiesAreTheDefaults() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        MachineOutcome outcome = new Machine(new VmConfig(image, 1, 64L << 20, ""), console,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
        String out = console.toString(StandardCharsets.UTF_8);
        assertEquals(0, outcome.exitCode(), out);
        assertTrue(out.contains("\nPORT=null\n") && out.contains("\nenv=\n") && out.contains("\napp.mode=null\n"), out);
    }

    @Test
    void getenvIteratesInHotSpotsOrder() throws Exception {
        // ASCII names: HotSpot, started with only these variables, has no locale and decodes names as ASCII.
        Map<String, String> env = new LinkedHashMap<>();
        for (String name : List.of("PORT", "HOME", "LOG_LEVEL", "DATABASE_URL", "A", "B", "PATH", "JAVA_OPTS", "zeta",
                "X1", "X2", "_")) {
            env.put(name, name.toLowerCase(java.util.Locale.ROOT));
        }
        ProcessBuilder hotspot = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", GuestImages.TEST_CLASSES.toString(), EnvironmentOrder.class.getName());
        hotspot.environment().clear();
        hotspot.environment().putAll(env);
        hotspot.redirectErrorStream(true);
        Process p = hotspot.start();
        String expected = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), expected);
        // The child's environment block lists the variables in ProcessBuilder's map order; the
        // guest gets them in that order too, as a config would list them.
        Map<String, String> asHotSpotGotThem = new LinkedHashMap<>(hotspot.environment());
        VmConfig config = new VmConfig(GuestImages.build(EnvironmentOrder.class), 1, 64L << 20, "", List.of(),
                List.of(), AcceleratorKind.AUTO, new GuestSettings(asHotSpotGotThem, Map.of()));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        MachineOutcome outcome = new Machine(config, console,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
        assertEquals(0, outcome.exitCode());
        assertEquals(expected, console.toString(StandardCharsets.UTF_8), "HotSpot, then the guest");
    }

    private static long number(String line, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(line);
        assertTrue(m.find(), line + " does not match " + pattern);
        return Long.parseLong(m.group(1));
    }

    private static void assertInWindow(String what, long millis, long before, long after) {
        assertTrue(millis >= before - SLACK_MILLIS && millis <= after + SLACK_MILLIS, what + " " + millis
                + " is not between the host's " + before + " and " + after + " (within " + SLACK_MILLIS + " ms)");
    }
}
