package org.torito.vmm.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.torito.vmm.TestAccelerator;
import org.torito.vmm.accel.AcceleratorKind;
import org.torito.vmm.config.VmConfig;
import org.torito.vmm.elf.ElfBuilder;

/**
 * Guests that try to leave their box, on whichever accelerator the run has: each stops with
 * exit 70 and a report, touches no host file, leaves no core process behind, and the monitor
 * carries on (the next test boots in the same JVM). On the process backend the system calls
 * reach the seccomp filter, which refuses them; under KVM the CPU refuses them first (#UD,
 * #GP). Killing the monitor or stopping it with SIGTERM is {@link CoreProcessLifecycleTest}'s.
 */
class HostileGuestTest {
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

    private MachineOutcome boot(GuestCode code, byte[] data) throws IOException {
        ElfBuilder elf = GuestCode.elf().load(TEXT, ElfBuilder.PF_R | ElfBuilder.PF_X, code.toBytes());
        elf.load(DATA, ElfBuilder.PF_R | ElfBuilder.PF_W, data);
        Path kernel = dir.resolve("hostile.elf");
        Files.write(kernel, elf.build());
        Machine machine = new Machine(new VmConfig(kernel, 1, 64 * MIB, ""), console,
                new PrintStream(errorBytes, true, StandardCharsets.UTF_8));
        MachineOutcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(5), machine::run);
        assertEquals(Machine.EXIT_GUEST_FAILURE, outcome.exitCode(), errors());
        assertTrue(errors().startsWith("torito: core 0: "), "a report names the core:\n" + errors());
        assertTrue(CoreProcesses.ofThisMonitor().isEmpty(), "core processes left: " + CoreProcesses.ofThisMonitor());
        return outcome;
    }

    /**
     * What stopped a refused system call: the filter on the process backend; under KVM a CPU
     * fault, whose vector depends on the KVM (#UD without EFER.SCE; PVM jumps to an LSTAR of 0).
     */
    private void assertRefusedSystemCall(int number) {
        String expected = TestAccelerator.current() == AcceleratorKind.KVM ? "guest fault: vector "
                : "the guest made system call " + number + " at ";
        assertTrue(errors().contains(expected), expected + " in:\n" + errors());
    }

    private static byte[] cString(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.copyOf(bytes, bytes.length + 1);
    }

    @Test
    void openingAHostFileIsRefusedAndTheFileIsNotCreated() throws IOException {
        Path target = dir.resolve("created-by-the-guest");
        // open(path, O_WRONLY | O_CREAT, 0644)
        GuestCode code = new GuestCode().movRax(2).movRdi(DATA).movRsi(0x41).movEdx(0644).syscall().exit(0);
        boot(code, cString(target.toString()));
        assertRefusedSystemCall(2);
        assertFalse(Files.exists(target), "the guest created " + target);
    }

    @Test
    void writingToTheMonitorsStandardOutputIsRefused() throws IOException {
        GuestCode code = new GuestCode().movRax(1).movRdi(1).movRsi(DATA).movEdx(6).syscall().exit(0);
        boot(code, cString("leak!\n"));
        assertRefusedSystemCall(1);
        assertEquals(0, console.size(), "nothing reached the console");
    }

    @Test
    void mappingMemoryIsRefused() throws IOException {
        // mmap(0, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        GuestCode code = new GuestCode().movRax(9).movRdi(0).movRsi(4096).movEdx(7).syscall().exit(0);
        boot(code, new byte[8]);
        assertRefusedSystemCall(9);
    }

    @Test
    void aThirtyTwoBitSystemCallIsRefused() throws IOException {
        // int 0x80 with eax = 4 (write on i386): the filter sees the i386 ABI; KVM's IDT has no gate 0x80.
        GuestCode code = new GuestCode().movRax(4).bytes(0xCD, 0x80).exit(0);
        boot(code, new byte[8]);
        assertRefusedSystemCall(4);
    }

    @Test
    void sysenterStopsTheVm() throws IOException {
        boot(new GuestCode().bytes(0x0F, 0x34).exit(0), new byte[8]);
        assertTrue(errors().contains("guest fault") || errors().contains("system call"), errors());
    }

    /**
     * The door page's first instruction holds the sandbox's code address (movabs); a store there
     * hits read-only text. Under KVM r15 is 0 and the load reads the null guard: a fault too.
     */
    @Test
    void aStoreIntoTheSandboxCodeFaults() throws IOException {
        GuestCode code = new GuestCode()
                .bytes(0x49, 0x8B, 0x47, 0x02)          // mov rax, [r15 + 2]
                .storeRaxAtRax()
                .exit(0);
        boot(code, new byte[8]);
        assertTrue(errors().contains("#PF page fault"), errors());
        if (TestAccelerator.current() == AcceleratorKind.PROCESS) {
            assertTrue(errors().contains("write, user mode, protection violation"), errors());
        }
    }

    /**
     * The trap handler's stack lies above the door page, where the guest can write. Garbage
     * there changes nothing: the next fault is reported as any other. Under KVM r15 is 0 and
     * the store hits the monitor's system area, which user mode cannot write: a fault too.
     */
    @Test
    void garbageOverTheTrapHandlersStackStillGetsTheFaultReported() throws IOException {
        GuestCode code = new GuestCode()
                .bytes(0x49, 0x8D, 0xBF, 0x00, 0x10, 0x00, 0x00)   // lea rdi, [r15 + 4096]
                .movRcx(64 * 1024 / 8)
                .movRax(0xDEAD_BEEF_DEAD_BEEFL)
                .bytes(0xF3, 0x48, 0xAB)                           // rep stosq
                .ud2();
        boot(code, new byte[8]);
        String expected = TestAccelerator.current() == AcceleratorKind.KVM ? "#PF page fault" : "#UD";
        assertTrue(errors().contains(expected), expected + " in:\n" + errors());
        assertTrue(errors().contains("rip 0x"), "the report carries the registers:\n" + errors());
    }

    @Test
    void aJumpOutsideTheImageFaults() throws IOException {
        GuestCode code = new GuestCode().movRax(0x7000_0000_0000L).bytes(0xFF, 0xE0);   // jmp rax
        boot(code, new byte[8]);
        assertTrue(errors().contains("#PF page fault") && errors().contains("instruction fetch"), errors());
    }

    @Test
    void aGarbageHypercallStopsTheVm() throws IOException {
        boot(new GuestCode().movRdi(-1).movRsi(-1).hypercall(0x7777).exit(0), new byte[8]);
        assertTrue(errors().contains("port 0x7777, which is no hypercall"), errors());
    }

    @Test
    void aDoorbellForACoreThatDoesNotExistStopsTheVm() throws IOException {
        GuestCode code = new GuestCode().movR12Rdi().ringDoorbell(5).exit(0);
        boot(code, new byte[8]);
        String expected = TestAccelerator.current() == AcceleratorKind.KVM ? "where there is no device"
                : "port 0x520, which is no hypercall";
        assertTrue(errors().contains(expected), expected + " in:\n" + errors());
    }
}
