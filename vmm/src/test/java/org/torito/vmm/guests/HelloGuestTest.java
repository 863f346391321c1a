package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.torito.vmm.TestAccelerator;
import org.torito.vmm.config.VmConfig;
import org.torito.vmm.machine.Machine;
import org.torito.vmm.machine.MachineOutcome;

/** The Hello example, AOT-compiled by the build, booted on the accelerator the run has. */
class HelloGuestTest {
    @Test
    void runCommandPrintsTheGreetingAndTheArguments() {
        CliRun run = CliRun.execute("run", GuestImages.HOME.resolve("configs/hello.json").toString(), "--", "a", "b");
        assertEquals("Hello from Torito!\nargs: a b\n", run.console());
        assertEquals("", run.errors());
        assertEquals(0, run.exitCode());
        assertTrue(run.acceleratorNote().startsWith("torito: accelerator: " + TestAccelerator.current().configName()
                + " ("), "auto says which accelerator and why: " + run.acceleratorNote());
    }

    @Test
    void anAcceleratorNamedOnTheCommandLineIsUsedWithoutANote() {
        CliRun run = CliRun.execute("run", GuestImages.HOME.resolve("configs/hello.json").toString(), "--accel",
                "process", "--exits");
        assertEquals("Hello from Torito!\nargs: (none)\n", run.console());
        assertEquals("", run.acceleratorNote());
        assertEquals("exits: core 0 3, total 3\n", run.errors(), "two lines and EXIT, forwarded; nothing else");
        assertEquals(0, run.exitCode());
        CliRun wrong = CliRun.execute("run", GuestImages.HOME.resolve("configs/hello.json").toString(), "--accel",
                "hvf");
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.errors().contains("--accel: expected auto, kvm or process, got \"hvf\""), wrong.errors());
    }

    @Test
    void argumentsWithSpacesAndQuotesArriveWhole() {
        CliRun run = CliRun.execute("run", GuestImages.HOME.resolve("configs/hello.json").toString(),
                "--", "two words", "say \"hi\"", "back\\slash");
        assertEquals("Hello from Torito!\nargs: two words say \"hi\" back\\slash\n", run.console());
        assertEquals(0, run.exitCode());
    }

    @Test
    void helloCostsOneExitPerConsoleLineAndOneToStop() {
        CliRun run = CliRun.execute("run", GuestImages.HOME.resolve("configs/hello.json").toString(), "--exits");
        assertEquals(0, run.exitCode(), run.errors());
        // Two lines, each flushed at its newline, and EXIT: nothing else leaves the guest.
        assertEquals("exits: core 0 3, total 3\n", run.errors());
    }

    @Test
    void guestRunsAtCpl3() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        MachineOutcome outcome = new Machine(new VmConfig(GuestImages.example("hello"), 1, 64L << 20, ""), console,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
        assertEquals(0, outcome.exitCode());
        assertEquals(TestAccelerator.userCodeSegment(), outcome.exitCodeSegment(),
                "CS at the EXIT hypercall is the user code selector");
        assertEquals(3, outcome.exitCodeSegment() & 3, "CPL 3");
    }

    @Test
    void bootMarksMeasureEntryToMain() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        MachineOutcome outcome = new Machine(new VmConfig(GuestImages.example("hello"), 1, 64L << 20, ""), console,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), true).run();
        assertEquals(0, outcome.exitCode());
        double millis = outcome.entryToMainMillis();
        // Only that both marks came, in order; how fast is for scripts/bench-boot.
        assertEquals(true, millis > 0, "entry -> main " + millis + " ms");
    }
}
