package org.torito.difftest;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * The differential suite: every program runs on HotSpot (the oracle) and through the AOT path,
 * and stdout bytes and exit codes must be identical. Outputs of both sides are kept under
 * {@code target/difftest/out/} for diffing by hand.
 *
 * <p>{@code -Ddifftest.only=Name1,Name2} restricts the run to some programs. Programs in
 * {@link DiffSuite#KNOWN_TO_DIFFER} are left out unless named there or with
 * {@code -Ddifftest.known=true}, which runs exactly them.
 * {@code -Ddifftest.runner=hosted} runs the AOT side as a Linux executable instead of a
 * guest (same pipeline, glibc underneath), which gdb can debug.
 */
class DifferentialSuiteTest {

    private static final Path WORK_DIR = HotSpotRunner.testClassesDir().getParent().resolve("difftest");
    private static final GuestRunner GUEST = guestRunner();
    private static final HotSpotRunner HOTSPOT = new HotSpotRunner();

    /** The runner of this test run, shared with the probes' tests (one image build). */
    static GuestRunner guest() {
        return GUEST;
    }

    /** The one place that decides what "run as a guest" means. */
    private static GuestRunner guestRunner() {
        return "hosted".equals(System.getProperty("difftest.runner"))
                ? new HostedTeaVmRunner(WORK_DIR.resolve("hosted"))
                : new ToritoGuestRunner(WORK_DIR.resolve("guest"));
    }

    @Test
    void dispatcherNamesEveryProgramAndOnlyPrograms() throws IOException, ClassNotFoundException {
        Path dir = HotSpotRunner.testClassesDir().resolve(DiffSuite.PROGRAM_PACKAGE.replace('.', '/'));
        List<String> found;
        try (Stream<Path> files = Files.list(dir)) {
            found = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .sorted().toList();
        }
        assertEquals(found, DiffSuite.PROGRAMS.stream().sorted().toList(),
                "DiffSuite.PROGRAMS and its switch must list exactly the classes in " + DiffSuite.PROGRAM_PACKAGE);
        assertEquals(DiffSuite.PROGRAMS.size(), Set.copyOf(DiffSuite.PROGRAMS).size(), "duplicate in DiffSuite.PROGRAMS");
        assertTrue(DiffSuite.PROGRAMS.containsAll(DiffSuite.KNOWN_TO_DIFFER), "KNOWN_TO_DIFFER names a non-program");
        for (String name : found) {
            Method main;
            try {
                main = Class.forName(DiffSuite.PROGRAM_PACKAGE + "." + name).getMethod("main", String[].class);
            } catch (NoSuchMethodException e) {
                throw new AssertionError(name + " has no public main(String[])");
            }
            assertTrue(Modifier.isStatic(main.getModifiers()), name + ".main must be static");
        }
    }

    /** Runs first and so builds the suite's image: one TeaVM and gcc run over all programs (~4 min on 2 cores). */
    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void guestRejectsAnUnknownProgram() throws Exception {
        ProgramRun run = GUEST.run("NoSuchProgram");
        assertEquals(DiffSuite.UNKNOWN_PROGRAM, run.exitCode(), run.stdoutText() + run.stderr());
        assertEquals("unknown program: NoSuchProgram\n", run.stdoutText());
    }

    @TestFactory
    Stream<DynamicTest> everyProgramMatchesHotSpot() {
        String only = System.getProperty("difftest.only", "");
        boolean known = Boolean.getBoolean("difftest.known");
        List<String> selected = !only.isBlank() ? List.of(only.split(","))
                : DiffSuite.PROGRAMS.stream().filter(p -> known == DiffSuite.KNOWN_TO_DIFFER.contains(p)).toList();
        return selected.stream().map(name -> DynamicTest.dynamicTest(name, () -> compare(name)));
    }

    private static void compare(String program) throws Exception {
        ProgramRun expected = HOTSPOT.run(program);
        ProgramRun actual = GUEST.run(program);
        Path out = WORK_DIR.resolve("out");
        Files.createDirectories(out);
        Files.write(out.resolve(program + ".hotspot"), expected.stdout());
        Files.write(out.resolve(program + "." + GUEST.name()), actual.stdout());
        // A program that dies on HotSpot is a broken program, not a finding about the guest.
        assertTrue(expected.exitCode() == 0 || expected.stderr().isEmpty() || DiffSuite.DIE_ON_PURPOSE.contains(program),
                program + " failed on HotSpot (exit " + expected.exitCode() + "):\n" + tail(expected.stderr()));
        if (!Arrays.equals(expected.stdout(), actual.stdout())) {
            fail(program + ": stdout differs (HotSpot vs " + GUEST.name() + ", exit " + expected.exitCode()
                    + " vs " + actual.exitCode() + ")\n" + firstDifference(expected.stdoutText(), actual.stdoutText())
                    + (actual.stderr().isEmpty() ? "" : "\n" + GUEST.name() + " stderr:\n" + tail(actual.stderr())));
        }
        assertEquals(expected.exitCode(), actual.exitCode(),
                program + ": exit code differs; " + GUEST.name() + " stderr:\n" + tail(actual.stderr()));
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end of output>";
            String al = i < a.length ? a[i] : "<end of output>";
            if (!el.equals(al)) {
                return "first difference at line " + (i + 1) + ":\n  expected: " + el + "\n  actual:   " + al;
            }
        }
        return "outputs differ only in bytes that do not survive decoding";
    }

    private static String tail(String text) {
        return text.length() <= 4000 ? text : "..." + text.substring(text.length() - 4000);
    }
}
