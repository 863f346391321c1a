package org.torito.difftest.corpus;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.torito.difftest.Subprocess;

/** How one program's AOT run compares with HotSpot's: the status and a one-line detail. */
final class Compare {

    enum Status {
        MATCH("match"), DIFFERS("differs"), CRASH("crash"), TIMEOUT("timeout"), BUILD_FAIL("build-fail");

        final String label;

        Status(String label) {
            this.label = label;
        }
    }

    record Verdict(Status status, String detail) {
    }

    private static final int MAX_SHOWN = 160;

    private Compare() {
    }

    /**
     * match: same stdout bytes and exit code; timeout: no exit before the deadline; crash: another
     * exit code (a signal, an uncaught exception, a fault report); differs: the same exit code and
     * other output.
     */
    static Verdict verdict(byte[] expected, int expectedExit, Subprocess.Result actual) {
        if (actual.timedOut()) {
            return new Verdict(Status.TIMEOUT, "after " + actual.millis() + " ms; " + prefixNote(expected, actual.stdout()));
        }
        if (actual.exitCode() != expectedExit) {
            return new Verdict(Status.CRASH, exitDescription(actual.exitCode(), actual.stderr()) + "; "
                    + prefixNote(expected, actual.stdout()));
        }
        if (!Arrays.equals(expected, actual.stdout())) {
            return new Verdict(Status.DIFFERS, firstDifference(expected, actual.stdout()));
        }
        return new Verdict(Status.MATCH, "");
    }

    /** "exit 139 (SIGSEGV)", or "exit 1: java.lang.Foo: message" from the uncaught exception's line. */
    static String exitDescription(int exit, String stderr) {
        String signal = switch (exit) {
            case 134 -> " (SIGABRT)";
            case 136 -> " (SIGFPE)";
            case 132 -> " (SIGILL)";
            case 135 -> " (SIGBUS)";
            case 137 -> " (SIGKILL)";
            case 139 -> " (SIGSEGV)";
            default -> "";
        };
        String thrown = null;
        for (String line : stderr.split("\n")) {
            String l = line.strip();
            int i = l.indexOf("Exception in thread \"main\" ");
            if (i >= 0) {
                thrown = l.substring(i + "Exception in thread \"main\" ".length());
                break;
            }
            if (thrown == null && !l.isEmpty() && !l.startsWith("at ")) {
                thrown = l;
            }
        }
        return "exit " + exit + signal + (thrown == null ? "" : ": " + shorten(thrown));
    }

    /** Whether the output so far was right: the crash happened after correct output, or output was wrong before it. */
    private static String prefixNote(byte[] expected, byte[] actual) {
        if (actual.length <= expected.length && Arrays.equals(actual, Arrays.copyOf(expected, actual.length))) {
            return "output a prefix of HotSpot's (" + actual.length + " of " + expected.length + " bytes)";
        }
        return "output differs before: " + firstDifference(expected, actual);
    }

    /** "line N: expected «…» got «…»" for the first line that differs. */
    static String firstDifference(byte[] expected, byte[] actual) {
        String[] e = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
        String[] a = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : null;
            String al = i < a.length ? a[i] : null;
            if (el == null || !el.equals(al)) {
                return "line " + (i + 1) + ": expected " + show(el) + " got " + show(al);
            }
        }
        return "bytes differ that do not survive UTF-8 decoding";
    }

    private static String show(String line) {
        return line == null ? "<end of output>" : "«" + shorten(line) + "»";
    }

    static String shorten(String s) {
        String t = s.replace('\t', ' ').replace('\r', ' ');
        return t.length() <= MAX_SHOWN ? t : t.substring(0, MAX_SHOWN) + "…";
    }
}
