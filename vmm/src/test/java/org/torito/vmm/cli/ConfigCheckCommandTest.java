package org.torito.vmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.vmm.config.VmConfig;
import org.torito.vmm.config.VmConfigReader;

class ConfigCheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheResolvedConfigAsAValidConfig() throws IOException {
        Path kernel = Files.write(dir.resolve("k.elf"), new byte[1]);
        Path config = Files.writeString(dir.resolve("c.json"), "{\"kernel\": \"k.elf\", \"memory\": 134217728}");
        CliSession s = new CliSession(dir).execute("config", "check", config.toString());
        assertEquals(0, s.exitCode, s.err);
        assertEquals("{\n  \"kernel\" : \"" + kernel + "\",\n  \"cpus\" : 1,\n  \"memory\" : \"128M\",\n"
                + "  \"cmdline\" : \"\"\n}\n", s.out.replace(System.lineSeparator(), "\n"));
        assertEquals("", s.err);
        assertTrue(s.booted.isEmpty(), "checking boots nothing");

        Path again = Files.writeString(dir.resolve("resolved.json"), s.out);
        assertEquals(new VmConfig(kernel, 1, 128L << 20, ""), VmConfigReader.read(again), "reads back");
    }

    @Test
    void aBadConfigExitsTwo() throws IOException {
        Path config = Files.writeString(dir.resolve("c.json"), "{\"kernel\": \"k.elf\", \"disk\": 1}");
        CliSession s = new CliSession(dir).execute("config", "check", config.toString());
        assertEquals(2, s.exitCode);
        assertEquals("torito: " + config + ": $.disk: unknown field (known: kernel, cpus, memory, cmdline, disks, nets, accelerator, env, properties, main)\n", s.err);
        assertEquals("", s.out);
    }

    @Test
    void aMissingKernelFileFailsTheCheck() throws IOException {
        Path config = Files.writeString(dir.resolve("c.json"), "{\"kernel\": \"k.elf\"}");
        CliSession s = new CliSession(dir).execute("config", "check", config.toString());
        assertEquals(2, s.exitCode);
        assertEquals("torito: " + config + ": $.kernel: " + dir.resolve("k.elf") + ": no such file\n", s.err);
    }

    @Test
    void configWithoutASubcommandIsAUsageError() {
        CliSession s = new CliSession(dir).execute("config");
        assertEquals(2, s.exitCode);
        assertEquals("""
                torito: Missing required subcommand
                Try 'torito config --help' for more information.
                """, s.err);
    }
}
