package org.torito.vmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.torito.vmm.config.VmConfig;

class ToritoCliTest {
    @TempDir
    Path home;

    @Test
    void withoutArgumentsRunsTheBuiltInHttpConfigAndSaysSo() throws IOException {
        Path configs = Files.createDirectory(home.resolve("configs"));
        Path kernel = Files.write(Files.createDirectory(home.resolve("build")).resolve("http.elf"), new byte[1]);
        Files.writeString(configs.resolve("http.json"), "{\"kernel\": \"../build/http.elf\"}");
        CliSession s = new CliSession(home).guestExits(7).execute();
        assertEquals(7, s.exitCode, s.err);
        assertEquals(List.of(new VmConfig(kernel, 1, 64L << 20, "")), s.booted);
        assertEquals("torito: no config given; running the built-in " + configs.resolve("http.json")
                + " (see torito --help)\n", s.err);
    }

    @Test
    void withoutArgumentsAndNoBuiltInConfigExitsTwo() {
        CliSession s = new CliSession(home).execute();
        assertEquals(2, s.exitCode);
        Path config = home.resolve("configs/http.json");
        assertEquals("torito: no config given; running the built-in " + config + " (see torito --help)\n"
                + "torito: " + config + ": no such file\n", s.err);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "run", "build", "config", "config check"})
    void everyCommandHasHelp(String command) {
        String[] args = (command + " --help").trim().split(" ");
        CliSession s = new CliSession(home).execute(args);
        assertEquals(0, s.exitCode, s.err);
        assertTrue(s.out.startsWith("Usage: torito" + (command.isEmpty() ? "" : " " + command) + " "), s.out);
        assertTrue(s.out.contains("--version"), s.out);
        assertEquals("", s.err);
    }

    @Test
    void helpListsTheCommandsAndTheRunOptions() {
        String top = new CliSession(home).execute("--help").out;
        for (String command : List.of("run", "build", "config")) {
            assertTrue(top.contains("  " + command + " "), top);
        }
        String run = new CliSession(home).execute("run", "--help").out;
        for (String option : List.of("--cpus=N", "--memory=SIZE", "--kernel=FILE", "--cmdline=STR", "CONFIG [-- ARG...]")) {
            assertTrue(run.contains(option), run);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "run --version", "build --version", "config check --version"})
    void versionComesFromTheManifestOrIsDev(String args) {
        CliSession s = new CliSession(home).execute(args.split(" "));
        assertEquals(0, s.exitCode, s.err);
        // Tests run from target/classes, which has no manifest.
        assertEquals("torito dev\n", s.out.replace(System.lineSeparator(), "\n"));
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliSession s = new CliSession(home).execute("start");
        assertEquals(2, s.exitCode);
        assertEquals(2, s.err.lines().count(), s.err);
        assertTrue(s.err.startsWith("torito: Unmatched argument at index 0: 'start'"), s.err);
        assertTrue(s.err.endsWith("Try 'torito --help' for more information.\n"), s.err);
    }

    @Test
    void homeComesFromThePropertyOrTheWorkingDirectory() {
        String saved = System.getProperty(ToritoHome.PROPERTY);
        try {
            System.setProperty(ToritoHome.PROPERTY, home.toString());
            assertEquals(home, ToritoHome.discover());
            System.clearProperty(ToritoHome.PROPERTY);
            assertEquals(Path.of("").toAbsolutePath(), ToritoHome.discover());
        } finally {
            if (saved == null) {
                System.clearProperty(ToritoHome.PROPERTY);
            } else {
                System.setProperty(ToritoHome.PROPERTY, saved);
            }
        }
    }
}
