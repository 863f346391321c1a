package org.torito.difftest.programs;

import java.util.Arrays;

/** The range forms of java.util.Arrays (fill, equals, mismatch, copyOfRange, sort, binarySearch, setAll, stream) on every element type, and the exception each bad range throws. */
public class ArraysRangeOperations {
    interface Op {
        Object run();
    }

    static void attempt(String what, Op op) {
        String result;
        try {
            Object r = op.run();
            result = r instanceof int[] ints ? Arrays.toString(ints) : String.valueOf(r);
        } catch (RuntimeException e) {
            result = "threw " + e.getClass().getName();
        }
        System.out.println(what + " " + result);
    }

    public static void main(String[] args) {
        int[] ints = new int[8];
        Arrays.fill(ints, 2, 5, 9);
        long[] longs = new long[5];
        Arrays.fill(longs, 1, 5, -1L);
        double[] doubles = new double[4];
        Arrays.fill(doubles, 0, 2, Double.NaN);
        float[] floats = new float[3];
        Arrays.fill(floats, -0.0f);
        short[] shorts = new short[4];
        Arrays.fill(shorts, 3, 4, (short) -5);
        byte[] bytes = new byte[4];
        Arrays.fill(bytes, 0, 0, (byte) 1);
        char[] chars = new char[5];
        Arrays.fill(chars, 'x');
        Arrays.fill(chars, 1, 3, 'y');
        boolean[] flags = new boolean[3];
        Arrays.fill(flags, 1, 3, true);
        String[] strings = new String[4];
        Arrays.fill(strings, 1, 3, "s");
        System.out.println("fill " + Arrays.toString(ints) + " " + Arrays.toString(longs) + " " + Arrays.toString(doubles) + " "
                + Arrays.toString(floats) + " " + Arrays.toString(shorts) + " " + Arrays.toString(bytes) + " "
                + Arrays.toString(chars) + " " + Arrays.toString(flags) + " " + Arrays.toString(strings));
        attempt("fill from > to", () -> {
            Arrays.fill(new int[4], 3, 2, 1);
            return "filled";
        });
        attempt("fill to > length", () -> {
            Arrays.fill(new long[4], 0, 5, 1L);
            return "filled";
        });
        attempt("fill from < 0", () -> {
            Arrays.fill(new char[4], -1, 2, 'c');
            return "filled";
        });
        Object[] objects = new Integer[3];
        attempt("fill Integer[] with a String", () -> {
            Arrays.fill(objects, "no");
            return "filled";
        });
        int[] a = {1, 2, 3, 4, 5, 6};
        int[] b = {9, 2, 3, 4, 0, 6};
        attempt("equals ranges", () -> Arrays.equals(a, 1, 4, b, 1, 4) + " " + Arrays.equals(a, 0, 4, b, 0, 4) + " "
                + Arrays.equals(a, 1, 1, b, 5, 5) + " " + Arrays.equals(a, 5, 6, b, 5, 6));
        attempt("equals ranges of other lengths", () -> Arrays.equals(a, 0, 2, b, 0, 3));
        attempt("equals range out of bounds", () -> Arrays.equals(a, 0, 7, b, 0, 7));
        attempt("equals range from > to", () -> Arrays.equals(a, 3, 2, b, 0, 0));
        attempt("mismatch ranges", () -> Arrays.mismatch(a, 1, 6, b, 1, 6) + " " + Arrays.mismatch(a, 1, 3, b, 1, 4) + " "
                + Arrays.mismatch(a, 2, 4, b, 2, 4) + " " + Arrays.mismatch(new double[] {Double.NaN, 0.0}, 0, 2,
                        new double[] {Double.NaN, -0.0}, 0, 2));
        attempt("mismatch objects", () -> Arrays.mismatch(new String[] {"a", null, "c"}, new String[] {"a", null, "d"}) + " "
                + Arrays.mismatch(new Object[0], new Object[0]) + " " + Arrays.mismatch(new char[] {'a'}, new char[] {'a', 'b'}));
        attempt("mismatch null array", () -> Arrays.mismatch((int[]) null, a));
        attempt("copyOfRange", () -> Arrays.copyOfRange(a, 4, 9));
        attempt("copyOfRange from > length", () -> Arrays.copyOfRange(a, 7, 9));
        attempt("copyOfRange from < 0", () -> Arrays.copyOfRange(a, -1, 2));
        attempt("copyOf negative", () -> Arrays.copyOf(a, -1));
        attempt("copyOf to Number[]", () -> Arrays.toString(Arrays.copyOf(new Integer[] {1, 2}, 3, Number[].class)) + " "
                + Arrays.copyOf(new Integer[] {1, 2}, 3, Number[].class).getClass().getSimpleName());
        attempt("copyOf Object[] of strings to String[]", () -> Arrays.toString(Arrays.copyOf(new Object[] {"a", "b"}, 2, String[].class)));
        attempt("copyOf Object[] with an Integer to String[]", () -> Arrays.copyOf(new Object[] {"a", 1}, 2, String[].class));
        int[] partial = {9, 8, 7, 6, 5, 4, 3, 2, 1};
        Arrays.sort(partial, 2, 7);
        System.out.println("sort range " + Arrays.toString(partial));
        attempt("sort range from > to", () -> {
            Arrays.sort(new int[3], 2, 1);
            return "sorted";
        });
        attempt("sort range to > length", () -> {
            Arrays.sort(new double[3], 0, 4);
            return "sorted";
        });
        char[] text = "zyxwvutsrq".toCharArray();
        Arrays.sort(text, 3, 8);
        byte[] signed = {5, -5, 127, -128, 0, 64};
        Arrays.sort(signed, 1, 5);
        System.out.println("sort char and byte ranges " + new String(text) + " " + Arrays.toString(signed));
        int[] sorted = {1, 3, 5, 7, 9, 11, 13};
        attempt("binarySearch ranges", () -> Arrays.binarySearch(sorted, 2, 5, 7) + " " + Arrays.binarySearch(sorted, 2, 5, 1) + " "
                + Arrays.binarySearch(sorted, 2, 5, 13) + " " + Arrays.binarySearch(sorted, 2, 5, 6) + " " + Arrays.binarySearch(sorted, 3, 3, 7));
        attempt("binarySearch range out of bounds", () -> Arrays.binarySearch(sorted, 0, 8, 3));
        long[] filled = new long[6];
        Arrays.setAll(filled, i -> (long) i * i * i - 10);
        double[] halves = new double[4];
        Arrays.setAll(halves, i -> i / 2.0);
        String[] labels = new String[3];
        Arrays.setAll(labels, i -> "#" + i);
        System.out.println("setAll " + Arrays.toString(filled) + " " + Arrays.toString(halves) + " " + Arrays.toString(labels));
        System.out.println("stream ranges " + Arrays.stream(a, 1, 4).sum() + " " + Arrays.stream(filled, 2, 6).max().getAsLong() + " "
                + Arrays.stream(halves, 0, 4).average().getAsDouble() + " " + Arrays.stream(labels, 1, 3).reduce("", String::concat));
        attempt("stream range out of bounds", () -> Arrays.stream(a, 2, 7).sum());
        // toString and hashCode of each type, null arrays included.
        System.out.println("toString " + Arrays.toString((int[]) null) + " " + Arrays.toString(new float[] {1.5f, Float.NaN}) + " "
                + Arrays.toString(new Object[] {null, "x", new int[0].length}) + " " + Arrays.toString(new boolean[0])
                + " hash " + Arrays.hashCode(new char[] {'a', 'b'}) + " " + Arrays.hashCode(new float[] {-0.0f, 1f}) + " "
                + Arrays.hashCode(new short[] {-1, 1}) + " " + Arrays.hashCode(new byte[] {-1, 1}) + " " + Arrays.hashCode((long[]) null));
    }
}
