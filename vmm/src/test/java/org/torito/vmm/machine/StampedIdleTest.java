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

/**
 * IDLE read as 4 bytes under KVM (docs/boot-abi.md, "Punctual wake-ups"): the sleep counts from
 * the TSC stamp in RCX, not from when the monitor got to it. KVM-only: on the process backend
 * IDLE is a door call that starts the sleep at once, and a raw {@code in} is a #GP.
 */
@RequiresKvm
class StampedIdleTest {
    private static final long TEXT = 0x200000;
    private static final long MIB = 1024 * 1024;
    /** 2^40 ticks: over 200 s at any TSC rate below 5 GHz. */
    private static final long LONG_AGO_TICKS = 1L << 40;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream errorBytes = new ByteArrayOutputStream();

    private MachineOutcome bootAndTime(GuestCode code, long[] millis) throws IOException {
        Path kernel = dir.resolve("guest.elf");
        Files.write(kernel, GuestCode.elf().load(TEXT, ElfBuilder.PF_R | ElfBuilder.PF_X, code.toBytes()).build());
        Machine machine = new Machine(new VmConfig(kernel, 1, 64 * MIB, ""), new ByteArrayOutputStream(),
                new PrintStream(errorBytes, true, StandardCharsets.UTF_8));
        long start = System.nanoTime();
        MachineOutcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(20), machine::run);
        millis[0] = (System.nanoTime() - start) / 1_000_000;
        return outcome;
    }

    /** A timed, punctual IDLE of {@code nanos}, read as 4 bytes with {@code stamp} in RCX, then EXIT 0. */
    private static GuestCode stampedIdle(GuestCode code, long nanos) {
        return code.movRdi(nanos).movRsi(100_000).movEdx(Hypercall.IDLE).inEaxDx().exit(0);
    }

    @Test
    void aSleepStampedLongAgoIsAlreadyOver() throws IOException {
        // rcx = rdtsc - 2^40: the guest asked for 10 s that long ago, so nothing is left of them.
        GuestCode code = new GuestCode().rdtsc().movRbx(LONG_AGO_TICKS).movRcxRaxMinusRbx();
        long[] millis = new long[1];
        MachineOutcome outcome = bootAndTime(stampedIdle(code, 10_000_000_000L), millis);
        assertEquals(0, outcome.exitCode(), errorBytes.toString(StandardCharsets.UTF_8));
        assertTrue(millis[0] < 5_000, "a sleep stamped 2^40 ticks ago still took " + millis[0] + " ms");
    }

    @Test
    void anUnstampedSleepTakesTheWholeTime() throws IOException {
        long[] millis = new long[1];
        MachineOutcome outcome = bootAndTime(stampedIdle(new GuestCode().movRcx(0), 300_000_000L), millis);
        assertEquals(0, outcome.exitCode(), errorBytes.toString(StandardCharsets.UTF_8));
        assertTrue(millis[0] >= 300, "a 300 ms sleep without a stamp took " + millis[0] + " ms");
    }

    @Test
    void aStampFromTheFutureDoesNotLengthenTheSleep() throws IOException {
        GuestCode code = new GuestCode().rdtsc().movRbx(-LONG_AGO_TICKS).movRcxRaxMinusRbx();
        long[] millis = new long[1];
        MachineOutcome outcome = bootAndTime(stampedIdle(code, 300_000_000L), millis);
        assertEquals(0, outcome.exitCode(), errorBytes.toString(StandardCharsets.UTF_8));
        assertTrue(millis[0] >= 300 && millis[0] < 5_000, "a 300 ms sleep stamped in the future took " + millis[0] + " ms");
    }
}
