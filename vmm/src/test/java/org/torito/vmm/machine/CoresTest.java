package org.torito.vmm.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.vmm.config.VmConfig;
import org.torito.vmm.TestAccelerator;
import org.torito.vmm.elf.ElfBuilder;

/** Dedicated cores on real KVM: private data per core, IDLE, doorbells, and stopping sleeping cores. */
class CoresTest {
    private static final long TEXT = 0x200000;
    private static final long DATA = 0x400000;
    private static final long MIB = 1024 * 1024;
    private static final int SHARED_BASE = 96;
    private static final long NO_LIMIT = -1;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errorBytes = new ByteArrayOutputStream();
    private long millis;

    private String errors() {
        return errorBytes.toString(StandardCharsets.UTF_8);
    }

    private MachineOutcome boot(GuestCode code, int cpus) throws IOException {
        Path kernel = dir.resolve("guest.elf");
        Files.write(kernel, GuestCode.elf()
                .load(TEXT, ElfBuilder.PF_R | ElfBuilder.PF_X, code.toBytes())
                .load(DATA, ElfBuilder.PF_R | ElfBuilder.PF_W, new byte[] {7}, 0x1000).build());
        Machine machine = new Machine(new VmConfig(kernel, cpus, 128 * MIB, ""), console,
                new PrintStream(errorBytes, true, StandardCharsets.UTF_8));
        long start = System.nanoTime();
        MachineOutcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(5), machine::run);
        millis = (System.nanoTime() - start) / 1_000_000;
        return outcome;
    }

    private static GuestCode start() {
        return new GuestCode().movR12Rdi().movR13Rsi();
    }

    private static void assertAllVcpuThreadsStopped() {
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().startsWith("vcpu-") && t.isAlive()), "every vCPU thread stopped");
    }

    private long[] consoleLongs() {
        ByteBuffer bytes = ByteBuffer.wrap(console.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        long[] values = new long[bytes.remaining() / 8];
        for (int i = 0; i < values.length; i++) {
            values[i] = bytes.getLong();
        }
        return values;
    }

    @Test
    void everyCoreHasItsOwnCopyOfTheWritableSegment() throws IOException {
        // Each core stores its number at DATA; once all have, each reads DATA back into its slot
        // of the shared region; core 0 waits for all slots and prints them.
        GuestCode code = start().loadR14FromR12(SHARED_BASE)
                .movRax(DATA).storeR13AtRax()
                .lockIncAtR14(0)
                .label("allStored").pause().loadRaxFromR14(0).cmpRax(4).jne("allStored")
                .movRax(DATA).loadRaxFromRax().storeRaxAtR14ForCore(8)
                .lockIncAtR14(64)
                .cmpR13(0).jne("park")
                .label("allRead").pause().loadRaxFromR14(64).cmpRax(4).jne("allRead")
                .movRdiR14().addRdi(8).movRsi(32).hypercall(Hypercall.CONSOLE_WRITE)
                .exit(0)
                .label("park").idle(NO_LIMIT).jmp("park");
        MachineOutcome outcome = boot(code, 4);
        assertEquals(0, outcome.exitCode(), errors());
        assertEquals("[0, 1, 2, 3]", java.util.Arrays.toString(consoleLongs()), "what each core read at DATA");
    }

    @Test
    void idleWithATimeoutSleepsThatLong() throws IOException {
        GuestCode code = new GuestCode().rdtsc().movRbxRax()
                .idle(50_000_000)
                .rdtsc().subRaxRbx().pushRax()
                .movRdiRsp().movRsi(8).hypercall(Hypercall.CONSOLE_WRITE)
                .exit(0);
        MachineOutcome outcome = boot(code, 1);
        assertEquals(0, outcome.exitCode(), errors());
        double slept = consoleLongs()[0] * 1000.0 / outcome.tscHz();
        assertTrue(slept >= 50 && slept <= 52, "IDLE(50 ms) took " + slept + " ms of guest TSC");
        assertEquals(2 + TestAccelerator.idleExits(), outcome.exits(0), "IDLE (under KVM), CONSOLE_WRITE, EXIT");
    }

    @Test
    void aDoorbellWakesAnUnlimitedIdleWithoutAnExitOnTheRingingCore() throws IOException {
        GuestCode code = start().cmpR13(0).jne("ringer")
                .idle(NO_LIMIT)
                .exit(5)
                .label("ringer").delay(200_000_000, "wait")           // ~80 ms: core 0 is asleep by then
                .ringDoorbell(0)
                .spin();
        MachineOutcome outcome = boot(code, 2);
        assertEquals(5, outcome.exitCode(), errors());
        assertEquals(1 + TestAccelerator.idleExits(), outcome.exits(0), "IDLE (under KVM) and EXIT");
        assertEquals(0, outcome.exits(1), "the doorbell write stayed in the kernel");
    }

    @Test
    void aDoorbellRungBeforeIdleIsNotLost() throws IOException {
        MachineOutcome outcome = boot(start().ringDoorbell(0).idle(NO_LIMIT).exit(6), 1);
        assertEquals(6, outcome.exitCode(), errors());
        assertEquals(1 + TestAccelerator.idleExits(), outcome.exits(0), "IDLE (under KVM) and EXIT");
    }

    @Test
    void aFaultOnOneCoreStopsCoresThatSleepOrSpin() throws IOException {
        GuestCode code = start().cmpR13(3).je("fault").cmpR13(2).je("spin")
                .label("sleep").idle(NO_LIMIT).jmp("sleep")
                .label("fault").delay(50_000_000, "wait").ud2()
                .label("spin").spin();
        MachineOutcome outcome = boot(code, 4);
        assertEquals(70, outcome.exitCode(), errors());
        assertTrue(errors().startsWith("torito: core 3: guest fault: vector 6 #UD"), errors());
        assertTrue(millis < 1000, "stopped after " + millis + " ms");
        assertAllVcpuThreadsStopped();
    }

    @Test
    void anExitWhileTheOtherCoresSleepStopsThemPromptly() throws IOException {
        GuestCode code = start().cmpR13(2).je("exit")
                .label("sleep").idle(NO_LIMIT).jmp("sleep")
                .label("exit").delay(50_000_000, "wait").exit(9);
        MachineOutcome outcome = boot(code, 4);
        assertEquals(9, outcome.exitCode(), errors());
        assertTrue(millis < 1000, "stopped after " + millis + " ms");
        assertAllVcpuThreadsStopped();
        assertEquals(1, outcome.exits(2), "EXIT only");
    }
}
