package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.torito.vmm.config.VmConfig;
import org.torito.vmm.machine.Machine;
import org.torito.vmm.machine.MachineOutcome;

/**
 * Reproducers of TeaVM 0.15's C coroutine bugs (docs/aot-pipeline.md, "TeaVM coroutine bugs").
 * Each asserts what HotSpot prints.
 */
class TeaVmCoroutineBugsTest {

    /**
     * TeaVM 0.15.0 takes no monitor for a synchronized method (SynchronizedMethods makes it), and
     * lets a thread into a held monitor (SuspendingMonitorEnter makes it wait).
     */
    @Test
    void monitorsHeldAcrossSuspensionsKeepOtherThreadsOut() throws Exception {
        assertEquals("counter 15, block counter 15\nwoken\nstatic 42\n", run(GuestImages.build(SynchronizedMethodGuest.class)));
    }

    /** Java int and long arithmetic wraps in the guest too (gcc -fwrapv; without it a TCP stream stalled at 2^31). */
    @Test
    void intAndLongArithmeticWrapAsInJava() throws Exception {
        assertEquals("before true false, steps 6, long true, div -2147483648 -9223372036854775808\n",
                run(GuestImages.build(WrappingArithmeticGuest.class)));
    }

    /** Miscompiled by TeaVM 0.15.0 alone; right with Torito's PhiSlots pass (ToritoCTarget). */
    @Test
    void ternaryAfterSuspendingLoopSeesTheLoopsValue() throws Exception {
        assertEquals("checks: FAILED\n", run(GuestImages.build(SuspendedPhiGuest.class)));
    }

    /** Merged values of every kind read two or more blocks after the sleep, in and after the loop and in a handler. */
    @Test
    void valuesMergedInSuspendingLoopSurviveLaterBlocks() throws Exception {
        assertEquals("mid neg3 2 18 0.25\ncaught round 4 at stage 12\nproduct negative -1080\n"
                + "neg5 high 9 1.5 0.0625 true\n",
                run(GuestImages.build(SuspendedMergeGuest.class)));
    }

    /**
     * CoreLoop's first shape: {@code int p}, read from {@code pending} after a sleep, was typed as
     * a pointer and GC-rooted by TeaVM 0.15 (bug 3); with RestoredArrayCasts it is an int.
     */
    @Test
    void suspendingCallInTryInlinedIntoLoopRuns() throws Exception {
        assertEquals("ran 3\nran 5\nran 7\nran 3\nran 5\nran 7\nrounds 2\n",
                run(GuestImages.build(SuspendInTryLoopGuest.class)));
    }

    /** Bug 3: a long read from an array after a sleep, divided (gcc refused the pointer division). */
    @Test
    void primitiveArrayElementReadAfterSuspensionIsALong() throws Exception {
        assertEquals("slept: 7 1007 2007 3007\n", run(GuestImages.build(SuspendedArrayGuest.class)));
    }

    /** Bug 3 for every primitive array kind and a long[][], read and divided after a resume, and written back. */
    @Test
    void primitiveArraysOfEveryKindSurviveSuspensions() throws Exception {
        assertEquals("after sleep: 33 -83 2 30 -32 2 5000000 0 1099511627 0.375 -0.1875 2.5E9 4285 -1 u59 1.25 -2.0"
                + " true false 10 5\n"
                + "read back: 2500000050/20/3.0/20 -125/-100/-0.75/-21 183251937966/4/6.666666666666667E9/1\n",
                run(GuestImages.build(SuspendedPrimitiveArraysGuest.class)));
    }

    private static String run(Path image) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        MachineOutcome outcome = new Machine(new VmConfig(image, 1, 64L << 20, ""), console,
                new PrintStream(report, true, StandardCharsets.UTF_8)).run();
        assertEquals(0, outcome.exitCode(), report.toString(StandardCharsets.UTF_8));
        return console.toString(StandardCharsets.UTF_8);
    }
}
