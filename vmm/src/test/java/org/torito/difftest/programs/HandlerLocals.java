package org.torito.difftest.programs;

/**
 * Locals read in a catch or finally handler after a throw: each must hold the value it had at the
 * throw (issue 16). TeaVM's C throws with longjmp, and C leaves a non-volatile local changed
 * after setjmp indeterminate after the jump (C11 7.13.2.1); a local kept in a register showed an
 * earlier value. Each case changes its locals inside the protected region before the throw.
 */
public class HandlerLocals {
    static int parse(String s) {
        return Integer.parseInt(s);
    }

    static void mayThrow(int i) {
        if (i % 3 == 2) {
            throw new IllegalStateException("at " + i);
        }
    }

    /**
     * Parameters read by the handler that the try only reads after the call that throws (TeaVM
     * copied them into their spill only there, and the handler restored a spill never written).
     */
    static void parametersAfterTheThrow(String label, Runnable body, java.util.function.Supplier<Object> state, int n) {
        try {
            body.run();
            System.out.println(label + " ran " + state.get() + " " + n);
        } catch (RuntimeException e) {
            System.out.println(label + " caught " + e.getMessage() + ": " + state.get() + " " + n + " " + label.length());
        }
    }

    /** The loop variable and an accumulator, live into the handler of a try inside the loop. */
    static void loopOverInputs() {
        String[] inputs = {"1", "22", "x3", "4", "", "-5", "6y", "77"};
        int sum = 0;
        int index = 0;
        for (String s : inputs) {
            try {
                index++;
                sum += parse(s);
                System.out.println("ok " + s + " sum " + sum + " index " + index);
            } catch (NumberFormatException e) {
                System.out.println("bad '" + s + "' sum " + sum + " index " + index);
            }
        }
    }

    /** A stage counter stepped between calls, then read by the handler and by finally. */
    static void stages(int failAt) {
        int stage = 0;
        long big = 1L << 40;
        double ratio = 0.5;
        String label = "start";
        try {
            stage = 1;
            big += 7;
            ratio *= 3;
            label = "one";
            mayThrow(failAt == 1 ? 2 : 0);
            stage = 2;
            big *= 3;
            ratio += 0.25;
            label = "two";
            mayThrow(failAt == 2 ? 5 : 0);
            stage = 3;
            big -= 11;
            ratio /= 2;
            label = "three";
            mayThrow(failAt == 3 ? 8 : 0);
            stage = 4;
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage() + " stage " + stage + " big " + big + " ratio " + ratio
                    + " label " + label);
        } finally {
            System.out.println("finally stage " + stage + " label " + label);
        }
    }

    /** Nested loops with the throw deep inside; the handler reads both counters. */
    static void nested() {
        int outer = 0;
        int inner = 0;
        int throwsSeen = 0;
        for (outer = 0; outer < 4; outer++) {
            try {
                for (inner = 0; inner < 5; inner++) {
                    mayThrow(outer * 5 + inner);
                }
            } catch (IllegalStateException e) {
                throwsSeen++;
                System.out.println("nested outer " + outer + " inner " + inner + " seen " + throwsSeen);
            }
        }
    }

    /** A local changed in a catch, then read by an enclosing handler after a second throw. */
    static void rethrow() {
        int depth = 0;
        try {
            try {
                depth = 1;
                mayThrow(2);
            } catch (IllegalStateException e) {
                depth = 2;
                mayThrow(5);
            }
        } catch (IllegalStateException e) {
            System.out.println("rethrow depth " + depth + " " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i < 3; i++) {
            int k = i;
            parametersAfterTheThrow("p" + i, () -> mayThrow(k + 2), () -> "state" + k, 40 + k);
        }
        loopOverInputs();
        for (int failAt = 0; failAt <= 3; failAt++) {
            stages(failAt);
        }
        nested();
        rethrow();
    }
}
