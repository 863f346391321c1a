package org.torito.difftest.programs;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** java.util.Objects: requireNonNull messages, equals/deepEquals, hash vs Arrays.hashCode, checkIndex family, toString with defaults, compare. */
public final class ObjectsUtilities {
    private ObjectsUtilities() {
    }

    public static void main(String[] args) {
        System.out.println("requireNonNull " + Objects.requireNonNull("x") + " " + Objects.requireNonNull("y", "msg"));
        npe(() -> Objects.requireNonNull(null));
        npe(() -> Objects.requireNonNull(null, "the value"));
        npe(() -> Objects.requireNonNull(null, () -> "from " + "supplier"));
        npe(() -> Objects.requireNonNull(null, (String) null));
        npe(() -> Objects.requireNonNullElse(null, null));
        System.out.println("elses " + Objects.requireNonNullElse(null, "dflt") + " " + Objects.requireNonNullElse("v", "dflt")
                + " " + Objects.requireNonNullElseGet(null, () -> "got") + " " + Objects.isNull(null) + " " + Objects.nonNull(null));
        Object[][] eq = {{null, null}, {null, "a"}, {"a", null}, {"a", "a"}, {1, 1L}, {new int[] {1}, new int[] {1}},
            {new Object[] {new int[] {1, 2}}, new Object[] {new int[] {1, 2}}}, {Double.NaN, Double.NaN}, {0.0, -0.0}};
        for (Object[] p : eq) {
            System.out.println("equals " + Objects.equals(p[0], p[1]) + " deepEquals " + Objects.deepEquals(p[0], p[1]));
        }
        // Objects.hash(a, b, c) is specified as Arrays.hashCode(new Object[] {a, b, c}).
        System.out.println("hash " + Objects.hash() + " " + Objects.hash((Object) null) + " " + Objects.hash("a", 1, 2L, 'c', true, 1.5)
                + " " + Arrays.hashCode(new Object[] {"a", 1, 2L, 'c', true, 1.5}) + " " + Objects.hashCode(null) + " "
                + Objects.hashCode("abc") + " " + Objects.hash(null, null) + " " + Objects.hash((Object[]) null) + " "
                + Arrays.hashCode(new int[] {1, 2, 3}) + " " + Arrays.hashCode(new long[] {-1L, 1L << 40}) + " "
                + Arrays.hashCode(new double[] {0.0, -0.0, Double.NaN}) + " " + Arrays.hashCode(new boolean[] {true, false})
                + " " + Arrays.hashCode(new char[] {'a'}) + " " + Arrays.hashCode((int[]) null) + " " + List.of(1, 2, 3).hashCode()
                + " " + Arrays.deepHashCode(new Object[] {new int[] {1, 2}, "x", null}) + " " + Arrays.hashCode(new float[] {1.5f}));
        System.out.println("toString " + Objects.toString(null) + " " + Objects.toString(null, "none") + " " + Objects.toString(5, "none")
                + " " + Objects.toString("s") + " " + Objects.toString(null, null));
        Comparator<String> byLength = Comparator.comparingInt(String::length);
        System.out.println("compare " + Objects.compare("a", "bb", byLength) + " " + Objects.compare(null, null, byLength) + " "
                + Objects.compare("ccc", "bb", byLength));
        // Identical arguments compare as 0 without calling the comparator, so a null one is never used.
        try {
            System.out.println("compare identical " + Objects.compare("x", "x", null));
        } catch (NullPointerException e) {
            System.out.println("compare identical: " + e.getClass().getName());
        }
        int[][] checks = {{0, 1}, {2, 3}, {3, 3}, {-1, 3}, {0, 0}, {Integer.MAX_VALUE, Integer.MAX_VALUE}, {Integer.MIN_VALUE, 5}};
        for (int[] c : checks) {
            System.out.println("checkIndex(" + c[0] + ", " + c[1] + ") " + idx(() -> Objects.checkIndex(c[0], c[1])));
        }
        int[][] ranges = {{0, 0, 0}, {1, 3, 5}, {3, 1, 5}, {-1, 2, 5}, {2, 6, 5}, {0, 5, 5}, {5, 5, 5}, {0, 0, -1}};
        for (int[] r : ranges) {
            System.out.println("fromTo(" + r[0] + ", " + r[1] + ", " + r[2] + ") " + idx(() -> Objects.checkFromToIndex(r[0], r[1], r[2]))
                    + " fromSize " + idx(() -> Objects.checkFromIndexSize(r[0], r[1], r[2])));
        }
        System.out.println("long checkIndex " + idx(() -> (int) Objects.checkIndex(5L, 1L << 40)) + " "
                + idx(() -> (int) Objects.checkIndex(1L << 40, 5L)));
    }

    private static void npe(Runnable r) {
        try {
            r.run();
            System.out.println("no exception");
        } catch (NullPointerException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }

    private interface IntOp {
        int get();
    }

    private static String idx(IntOp op) {
        try {
            return String.valueOf(op.get());
        } catch (IndexOutOfBoundsException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
