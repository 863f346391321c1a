package org.torito.vmm.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.vmm.RequiresKvm;
import org.torito.vmm.config.VmConfig;
import org.torito.vmm.elf.ElfBuilder;

@RequiresKvm
class MachineTest {
    private static final long TEXT = 0x200000;
    private static final long DATA = 0x400000;
    private static final long MIB = 1024 * 1024;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errorBytes = new ByteArrayOutputStream();

    private String errors() {
        return errorBytes.toString(StandardCharsets.UTF_8);
    }

    private MachineOutcome boot(GuestCode code, byte[] data, int cpus, String cmdline) throws IOException {
        ElfBuilder elf = new ElfBuilder().entry(TEXT).load(TEXT, ElfBuilder.PF_R | ElfBuilder.PF_X, code.toBytes());
        if (data != null) {
            elf.load(DATA, ElfBuilder.PF_R | ElfBuilder.PF_W, data);
        }
        Path kernel = dir.resolve("guest.elf");
        Files.write(kernel, elf.build());
        Machine machine = new Machine(new VmConfig(kernel, cpus, 64 * MIB, cmdline), console,
                new PrintStream(errorBytes, true, StandardCharsets.UTF_8));
        return assertTimeoutPreemptively(Duration.ofSeconds(5), machine::run);
    }

    private MachineOutcome boot(GuestCode code) throws IOException {
        return boot(code, null, 1, "");
    }

    @Test
    void consoleWriteAndExitCode() throws IOException {
        byte[] hello = "hello from CPL 3\n".getBytes(StandardCharsets.US_ASCII);
        MachineOutcome outcome = boot(new GuestCode().consoleWrite(DATA, hello.length).exit(42), hello, 1, "");
        assertEquals("hello from CPL 3\n", console.toString(StandardCharsets.UTF_8), errors());
        assertEquals(42, outcome.exitCode(), errors());
        assertEquals(3, outcome.exitCodeSegment() & 3, "RPL of CS at EXIT");
        assertEquals(0x1B, outcome.exitCodeSegment());
    }

    @Test
    void ud2IsReportedWithVectorAndRip() throws IOException {
        GuestCode code = new GuestCode().movRax(0x1234).ud2();
        MachineOutcome outcome = boot(code);
        assertEquals(70, outcome.exitCode());
        assertTrue(errors().contains("#UD"), errors());
        assertTrue(errors().contains(String.format("rip 0x%016x", TEXT + 10)), errors());
        assertTrue(errors().contains("rax 0x0000000000001234"), errors());
    }
}
