package org.torito.difftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.torito.difftest.probes.RecursionDepth;

/**
 * A guest core's stack is deep enough for the recursion a Java program gets on HotSpot with a
 * 1 MiB thread stack (HotSpot's default on x86-64 Linux): {@link RecursionDepth}'s three shapes,
 * each at least as deep in a guest as on HotSpot with {@code -Xss1m}, measured in the same run.
 * Both sides end each shape with a caught StackOverflowError.
 */
class StackDepthTest {

    /** May be the first to ask for the suite's image, and so build it (~4 min on 2 cores). */
    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void aGuestCoreRecursesAtLeastAsDeepAsHotSpotWithAOneMebibyteStack() throws Exception {
        // A hosted build links glibc, whose 200-byte jmp_buf makes every try block's frame
        // larger than a guest's (the platform's setjmp.h): its depths are not a guest's.
        assumeFalse(DifferentialSuiteTest.guest() instanceof HostedTeaVmRunner,
                "the stack depth is a guest's: run without -Ddifftest.runner=hosted");
        ProgramRun hotspot = new HotSpotRunner().runClass(RecursionDepth.class.getName(), "-Xss1m");
        assertEquals(0, hotspot.exitCode(), hotspot.stderr());
        ProgramRun guest = DifferentialSuiteTest.guest().run("RecursionDepth");
        assertEquals(0, guest.exitCode(), guest.stdoutText() + guest.stderr());
        Map<String, Integer> expected = depths(hotspot.stdoutText());
        Map<String, Integer> actual = depths(guest.stdoutText());
        assertEquals(expected.keySet(), actual.keySet(), guest.stdoutText());
        System.out.println("recursion depth, HotSpot -Xss1m: " + expected + "; " + DifferentialSuiteTest.guest().name()
                + ": " + actual);
        for (String shape : expected.keySet()) {
            assertTrue(actual.get(shape) >= expected.get(shape), shape + ": " + DifferentialSuiteTest.guest().name()
                    + " reached " + actual.get(shape) + ", HotSpot with -Xss1m " + expected.get(shape));
        }
    }

    private static Map<String, Integer> depths(String output) {
        Map<String, Integer> depths = new LinkedHashMap<>();
        for (String line : output.strip().split("\n")) {
            String[] parts = line.split(" ");
            depths.put(parts[0], Integer.parseInt(parts[1]));
        }
        return depths;
    }
}
