package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.torito.boot.ImageBuildException;
import org.torito.vmm.RequiresKvm;
import org.torito.vmm.config.VmConfig;
import org.torito.vmm.machine.Machine;
import org.torito.vmm.machine.MachineOutcome;

/**
 * Reproducers of TeaVM 0.15's C coroutine bugs (docs/aot-pipeline.md, "TeaVM coroutine bugs").
 * Each asserts what HotSpot prints.
 */
@RequiresKvm
class TeaVmCoroutineBugsTest {

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
     * CoreLoop's first shape: TeaVM 0.15 types {@code int p} (read from {@code pending} after a
     * sleep) as a pointer and GC-roots it (bug 3), so the pipeline refuses the image, naming the
     * method. When bug 3 is routed around, this must build and print
     * "ran 3, 5, 7" twice and "rounds 2".
     */
    @Test
    void suspendingCallInTryInlinedIntoLoopIsRefusedWhileBug3Stands() {
        assertRefusedForBug3(SuspendInTryLoopGuest.class, "meth_otvg_SuspendInTryLoopGuest_main");
    }

    /**
     * Bug 3, not routed around yet: a long read from an array after a sleep is typed as a pointer.
     * The pipeline refuses the image with a message naming the method (gcc would only have
     * noticed because of the division). When bug 3 is routed around, this must print
     * "slept: 7 1007 2007 3007".
     */
    @Test
    void primitiveArrayElementReadAfterSuspensionIsRefusedWhileBug3Stands() {
        assertRefusedForBug3(SuspendedArrayGuest.class, "meth_otvg_SuspendedArrayGuest_main");
    }

    private static void assertRefusedForBug3(Class<?> guest, String method) {
        ImageBuildException e = assertThrows(ImageBuildException.class, () -> GuestImages.build(guest));
        assertTrue(e.getMessage().startsWith("TeaVM 0.15 mistyped a primitive array element read after a suspension"),
                e.getMessage());
        assertTrue(e.getMessage().contains(method), e.getMessage());
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
