package org.torito.vmm.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.torito.vmm.BadInputException;
import org.torito.vmm.config.VmConfig;
import org.torito.vmm.accel.AcceleratorKind;
import org.torito.vmm.elf.ElfBuilder;
import org.torito.vmm.TestAccelerator;

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
        ElfBuilder elf = GuestCode.elf().load(TEXT, ElfBuilder.PF_R | ElfBuilder.PF_X, code.toBytes());
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
        assertEquals(TestAccelerator.userCodeSegment(), outcome.exitCodeSegment());
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

    private void assertFault(MachineOutcome outcome, String vector, long rip, Long cr2) {
        String report = errors();
        assertEquals(70, outcome.exitCode(), report);
        assertTrue(report.contains(vector), "report names " + vector + ":\n" + report);
        assertTrue(report.contains(String.format("rip 0x%016x", rip)), report);
        assertTrue(report.contains(String.format("cs 0x%x", TestAccelerator.userCodeSegment())), report);
        assertTrue(report.contains("core 0"), report);
        if (cr2 != null) {
            assertTrue(report.contains(String.format("cr2 0x%016x", cr2)), report);
        }
    }

    private MachineOutcome bootTimed(GuestCode code) throws IOException {
        long start = System.nanoTime();
        MachineOutcome outcome = boot(code);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 1000, "stopped after " + millis + " ms");
        return outcome;
    }

    @Test
    void writeToPageZeroIsAPageFault() throws IOException {
        MachineOutcome outcome = bootTimed(new GuestCode().movRax(0x10).storeRaxAtRax());
        assertFault(outcome, "#PF page fault", TEXT + 10, 0x10L);
        assertTrue(errors().contains("write, user mode, page not present"), errors());
    }

    @Test
    void writeBeyondRamIsAPageFault() throws IOException {
        long beyond = 256 * MIB;
        MachineOutcome outcome = bootTimed(new GuestCode().movRax(beyond).storeRaxAtRax());
        assertFault(outcome, "#PF page fault", TEXT + 10, beyond);
    }

    @Test
    void writeToReadOnlyTextIsAPageFault() throws IOException {
        MachineOutcome outcome = bootTimed(new GuestCode().movRax(TEXT).storeRaxAtRax());
        assertFault(outcome, "#PF page fault", TEXT + 10, TEXT);
        assertTrue(errors().contains("write, user mode, protection violation"), errors());
    }

    @Test
    void readOfTheSystemAreaIsAPageFault() throws IOException {
        MachineOutcome outcome = bootTimed(new GuestCode().movRax(0x1000).loadRaxFromRax());
        assertFault(outcome, "#PF page fault", TEXT + 10, 0x1000L);
        // KVM's page tables map the area for ring 0 only; a core's process does not map it at all.
        String cause = TestAccelerator.current() == AcceleratorKind.KVM ? "protection violation" : "page not present";
        assertTrue(errors().contains("read, user mode, " + cause), errors());
    }

    @Test
    void executingDataIsAPageFault() throws IOException {
        // Jump into the writable data segment, which is mapped no-execute.
        GuestCode code = new GuestCode().movRax(DATA).bytes(0xFF, 0xE0); // jmp rax
        MachineOutcome outcome = boot(code, new byte[] {(byte) 0x90}, 1, "");
        assertFault(outcome, "#PF page fault", DATA, DATA);
        assertTrue(errors().contains("instruction fetch"), errors());
    }

    @Test
    void stackGuardPageFaults() throws IOException {
        long guard = 64 * MIB - GuestLayout.STACK_SIZE - GuestLayout.GUARD_SIZE;
        MachineOutcome outcome = bootTimed(new GuestCode().movRax(guard + 8).storeRaxAtRax());
        assertFault(outcome, "#PF page fault", TEXT + 10, guard + 8);
    }

    @Test
    void brokenUserStackStillReports() throws IOException {
        // The fault is delivered on the core's IST1 stack, not the user stack.
        GuestCode code = new GuestCode().bytes(0x48, 0xBC).bytes(0x10, 0, 0, 0, 0, 0, 0, 0)  // mov rsp, 0x10
                .bytes(0x50);                                                               // push rax
        MachineOutcome outcome = bootTimed(code);
        assertFault(outcome, "#PF page fault", TEXT + 10, 0x8L);
        assertTrue(errors().contains("rsp 0x0000000000000010"), errors());
    }

    @Test
    void faultOnSecondCoreNamesThatCore() throws IOException {
        GuestCode code = new GuestCode()
                .movR13Rsi()
                .bytes(0x4D, 0x85, 0xED)                            // test r13, r13
                .bytes(0x74, 0x02)                                  // jz +2 (core 0 spins)
                .ud2()
                .spin();
        MachineOutcome outcome = boot(code, null, 2, "");
        assertEquals(70, outcome.exitCode(), errors());
        assertTrue(errors().startsWith("torito: core 1: guest fault: vector 6 #UD"), errors());
        assertTrue(errors().contains(String.format("rip 0x%016x", TEXT + 8)), errors());
    }

    @Test
    void hltAtCpl3IsAGeneralProtectionFault() throws IOException {
        MachineOutcome outcome = bootTimed(new GuestCode().hlt());
        assertFault(outcome, "#GP general protection", TEXT, null);
    }

    @Test
    void unknownPortStopsTheVm() throws IOException {
        MachineOutcome outcome = bootTimed(new GuestCode().hypercall(0x600));
        assertEquals(70, outcome.exitCode(), errors());
        assertTrue(errors().contains("port 0x600"), errors());
    }

    /** KVM catches the read as an exit; a process has no port I/O at CPL 3: the CPU raises #GP. */
    @Test
    void readingAPortStopsTheVm() throws IOException {
        MachineOutcome outcome = bootTimed(new GuestCode().movEdx(Hypercall.CONSOLE_WRITE).inAlDx());
        assertEquals(70, outcome.exitCode(), errors());
        String expected = TestAccelerator.current() == AcceleratorKind.KVM ? "read 1 byte(s) from port 0x510"
                : "#GP general protection";
        assertTrue(errors().contains(expected), errors());
    }

    @Test
    void consoleWriteOutsideRamStopsTheVm() throws IOException {
        MachineOutcome outcome = bootTimed(new GuestCode().consoleWrite(64 * MIB - 4, 8).exit(0));
        assertEquals(70, outcome.exitCode(), errors());
        assertTrue(errors().contains("outside guest RAM"), errors());
        assertEquals("", console.toString(StandardCharsets.UTF_8));
    }

    @Test
    void panicPrintsTheMessage() throws IOException {
        byte[] message = "out of cheese".getBytes(StandardCharsets.UTF_8);
        GuestCode code = new GuestCode().movRdi(DATA).movRsi(message.length).hypercall(Hypercall.PANIC);
        MachineOutcome outcome = boot(code, message, 1, "");
        assertEquals(70, outcome.exitCode());
        assertTrue(errors().contains("guest panic: out of cheese"), errors());
    }

    @Test
    void bootInfoCarriesTheCommandLineAndCpuidAndSseWork() throws IOException {
        GuestCode code = new GuestCode()
                .movR12Rdi()
                .movR13Rsi()
                .movRax(0).cpuid()
                .xorpsXmm0()
                .loadRdiFromR12(32)         // cmdline_addr
                .loadEsiFromR12(40)         // cmdline_len
                .hypercall(Hypercall.CONSOLE_WRITE)
                .loadEdiFromR12(0)          // magic, low byte is the exit code
                .hypercall(Hypercall.EXIT);
        MachineOutcome outcome = boot(code, null, 1, "console=hello");
        assertEquals("console=hello", console.toString(StandardCharsets.UTF_8), errors());
        assertEquals(BootInfo.MAGIC & 0xFF, outcome.exitCode(), errors());
    }

    @Test
    void sseAndX87ControlWordsAreTheDefaults() throws IOException {
        GuestCode mxcsr = new GuestCode()
                .bytes(0x48, 0x83, 0xEC, 0x08)                      // sub rsp, 8
                .bytes(0x0F, 0xAE, 0x1C, 0x24)                      // stmxcsr [rsp]
                .bytes(0x8B, 0x3C, 0x24)                            // mov edi, [rsp]
                .bytes(0xC1, 0xEF, 0x07)                            // shr edi, 7
                .hypercall(Hypercall.EXIT);
        assertEquals(0x1F80 >> 7, boot(mxcsr).exitCode(), "MXCSR 0x1F80: " + errors());
        GuestCode fcw = new GuestCode()
                .bytes(0x48, 0x83, 0xEC, 0x08)                      // sub rsp, 8
                .bytes(0xD9, 0x3C, 0x24)                            // fnstcw [rsp]
                .bytes(0x0F, 0xB7, 0x3C, 0x24)                      // movzx edi, word [rsp]
                .hypercall(Hypercall.EXIT);
        assertEquals(0x37F & 0xFF, boot(fcw).exitCode(), "FCW 0x37F: " + errors());
    }

    @Test
    void marksAreRecorded() throws IOException {
        GuestCode code = new GuestCode()
                .movRdi(BootMark.ENTRY).bytes(0x0F, 0x31)          // rdtsc
                .bytes(0x48, 0xC1, 0xE2, 0x20)                      // shl rdx, 32
                .bytes(0x48, 0x09, 0xD0)                            // or rax, rdx
                .bytes(0x48, 0x89, 0xC6)                            // mov rsi, rax
                .hypercall(Hypercall.MARK)
                .exit(0);
        MachineOutcome outcome = boot(code);
        assertEquals(0, outcome.exitCode(), errors());
        assertEquals(1, outcome.marks().size());
        assertEquals(BootMark.ENTRY, outcome.marks().getFirst().id());
        assertTrue(outcome.marks().getFirst().guestTsc() > 0);
    }

    @Test
    void secondCoreStartsWithItsNumberAndIsStoppedWhenCoreZeroExits() throws IOException {
        // Core 0 checks its stack (push/pop) and exits with 10 + core; core 1 spins until stopped.
        GuestCode code = new GuestCode()
                .movR13Rsi()
                .bytes(0x4D, 0x85, 0xED)                            // test r13, r13
                .jne("spin")
                .pushRdi().popRsi()
                .movRdiR13()
                .bytes(0x48, 0x83, 0xC7, 0x0A)                      // add rdi, 10
                .hypercall(Hypercall.EXIT)
                .label("spin").spin();
        MachineOutcome outcome = boot(code, null, 2, "");
        assertEquals(10, outcome.exitCode(), errors());
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().startsWith("vcpu-") && t.isAlive()), "the spinning core was stopped");
    }

    @Test
    void badInputIsRejectedBeforeAnythingRuns() throws IOException {
        Path kernel = dir.resolve("guest.elf");
        Files.write(kernel, new ElfBuilder().entry(TEXT)
                .load(TEXT, ElfBuilder.PF_R | ElfBuilder.PF_X, new GuestCode().exit(0).toBytes()).build());
        PrintStream err = new PrintStream(errorBytes, true, StandardCharsets.UTF_8);
        BadInputException tooSmall = assertThrows(BadInputException.class,
                () -> new Machine(new VmConfig(kernel, 2, 3 * MIB, ""), console, err).run());
        assertTrue(tooSmall.getMessage().contains("memory 3 MiB is too small"), tooSmall.getMessage());
        BadInputException cpus = assertThrows(BadInputException.class,
                () -> new Machine(new VmConfig(kernel, 0, 64 * MIB, ""), console, err).run());
        assertTrue(cpus.getMessage().contains("cpus 0"), cpus.getMessage());
        Path missing = dir.resolve("missing.elf");
        BadInputException noFile = assertThrows(BadInputException.class,
                () -> new Machine(new VmConfig(missing, 1, 64 * MIB, ""), console, err).run());
        assertEquals("kernel " + missing + ": no such file", noFile.getMessage());
        assertEquals("", errors());
        assertEquals(0, console.size());
    }

    @Test
    void largeRamAndManyCoresBoot() throws IOException {
        Path kernel = dir.resolve("guest.elf");
        Files.write(kernel, GuestCode.elf()
                .load(TEXT, ElfBuilder.PF_R | ElfBuilder.PF_X, new GuestCode().movR13Rsi()
                        .bytes(0x4D, 0x85, 0xED).jne("spin")        // test r13, r13; jnz the spin
                        .exit(7).label("spin").spin().toBytes())
                .load(0x40000000L, ElfBuilder.PF_R | ElfBuilder.PF_W, new byte[0], 0x1000).build());
        MachineOutcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> new Machine(
                new VmConfig(kernel, 4, 3L * 1024 * MIB + MIB, "x"), console,
                new PrintStream(errorBytes, true, StandardCharsets.UTF_8)).run());
        assertEquals(7, outcome.exitCode(), errors());
    }
}
