package org.torito.difftest.programs;

/**
 * Computations whose value nobody reads still throw what Java throws (issue 16): an unused cast,
 * integer division or remainder by zero, array read out of bounds or of a null array, length of
 * a null array, field read through null, negative array size, clone of a null array. TeaVM
 * dropped each of them as unused before any check was inserted, so the program ran on. Prints
 * the exception's class only (the messages are checked elsewhere).
 */
public class UnusedValueExceptions {
    static class Holder {
        int count = 3;
        String name = "h";
    }

    interface Step {
        void run() throws Exception;
    }

    static Object someString = "text";
    static Object someInteger = 7;
    static int zero = 0;
    static long zeroLong = 0L;
    static int[] numbers = {1, 2, 3};
    static int[] noNumbers = null;
    static Holder noHolder = null;
    static int minusOne = -1;

    static void attempt(String what, Step step) {
        try {
            step.run();
            System.out.println(what + ": no exception");
        } catch (Exception e) {
            System.out.println(what + ": " + e.getClass().getName());
        }
    }

    @SuppressWarnings("unused")
    public static void main(String[] args) {
        attempt("cast String to Integer", () -> {
            Integer unused = (Integer) someString;
        });
        attempt("cast Integer to String", () -> {
            String unused = (String) someInteger;
        });
        attempt("cast Integer to Integer", () -> {
            Integer unused = (Integer) someInteger;
        });
        attempt("cast to int[]", () -> {
            int[] unused = (int[]) someString;
        });
        attempt("int / 0", () -> {
            int unused = 10 / zero;
        });
        attempt("int % 0", () -> {
            int unused = 10 % zero;
        });
        attempt("long / 0", () -> {
            long unused = 10L / zeroLong;
        });
        attempt("long % 0", () -> {
            long unused = 10L % zeroLong;
        });
        attempt("int / 1", () -> {
            int unused = 10 / (zero + 1);
        });
        attempt("double / 0", () -> {
            double unused = 10.0 / zero;
        });
        attempt("array[9]", () -> {
            int unused = numbers[9];
        });
        attempt("array[-1]", () -> {
            int unused = numbers[minusOne];
        });
        attempt("array[2]", () -> {
            int unused = numbers[2];
        });
        attempt("null array[0]", () -> {
            int unused = noNumbers[0];
        });
        attempt("null array length", () -> {
            int unused = noNumbers.length;
        });
        attempt("null field", () -> {
            int unused = noHolder.count;
        });
        attempt("null object field", () -> {
            String unused = noHolder.name;
        });
        attempt("new int[-1]", () -> {
            int[] unused = new int[minusOne];
        });
        attempt("new int[2][-1]", () -> {
            int[][] unused = new int[2][minusOne];
        });
        attempt("null array clone", () -> {
            int[] unused = noNumbers.clone();
        });
        attempt("statement after a dropped cast", () -> {
            Integer unused = (Integer) someString;
            System.out.println("  (not reached)");
        });
        int survived = 0;
        for (int i = 0; i < 4; i++) {
            try {
                Integer unused = (Integer) (i % 2 == 0 ? someString : someInteger);
                survived++;
            } catch (ClassCastException e) {
                survived += 10;
            }
        }
        System.out.println("loop: " + survived);
    }
}
