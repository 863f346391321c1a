package org.torito.difftest.programs;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** java.util.Arrays: sort (ints, doubles with NaN and -0.0, objects, stable), fill, copyOf, equals, hashCode. */
public class ArraysOps {
    public static void main(String[] args) {
        int[] ints = new int[200];
        long seed = 12345;
        for (int i = 0; i < ints.length; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            ints[i] = (int) (seed >>> 33) - (1 << 30);
        }
        ints[3] = Integer.MIN_VALUE;
        ints[4] = Integer.MAX_VALUE;
        int[] sorted = ints.clone();
        Arrays.sort(sorted);
        System.out.println("ints hash=" + Arrays.hashCode(sorted) + " first=" + sorted[0] + " last=" + sorted[199]
                + " idx=" + Arrays.binarySearch(sorted, ints[10]) + " miss=" + Arrays.binarySearch(sorted, 12)
                + " eq=" + Arrays.equals(ints, sorted) + " clone-eq=" + Arrays.equals(sorted, sorted.clone()));
        int[] part = ints.clone();
        Arrays.sort(part, 50, 60);
        System.out.println("partial " + Arrays.toString(Arrays.copyOfRange(part, 48, 62)));
        double[] ds = {3.5, -0.0, Double.NaN, 0.0, Double.NEGATIVE_INFINITY, -1, Double.POSITIVE_INFINITY, 0.0, -0.0, Double.NaN, 1e-300};
        Arrays.sort(ds);
        System.out.println("doubles " + Arrays.toString(ds));
        float[] fs = {2f, Float.NaN, -0f, 0f, -1f};
        Arrays.sort(fs);
        System.out.println("floats " + Arrays.toString(fs));
        char[] chars = "the quick brown fox".toCharArray();
        Arrays.sort(chars);
        System.out.println("chars [" + new String(chars) + "]");
        long[] longs = {Long.MAX_VALUE, 0, Long.MIN_VALUE, -1, 1};
        Arrays.sort(longs);
        byte[] bytes = {(byte) 200, 5, -5, 127, -128};
        Arrays.sort(bytes);
        short[] shorts = {300, -300, 0};
        Arrays.sort(shorts);
        System.out.println(Arrays.toString(longs) + " " + Arrays.toString(bytes) + " " + Arrays.toString(shorts));
        String[] names = {"pear", "Apple", "fig", "banana", "apple", "Fig", "kiwi", "date"};
        String[] byNatural = names.clone();
        Arrays.sort(byNatural);
        String[] byLength = names.clone();
        Arrays.sort(byLength, Comparator.comparingInt(String::length)); // must be stable
        String[] byCase = names.clone();
        Arrays.sort(byCase, String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.reverseOrder()));
        System.out.println(Arrays.toString(byNatural) + " " + Arrays.toString(byLength) + " " + Arrays.toString(byCase));
        Integer[] boxed = new Integer[1000];
        for (int i = 0; i < boxed.length; i++) {
            boxed[i] = (i * 7919) % 1000;
        }
        Arrays.sort(boxed, Comparator.reverseOrder());
        System.out.println("boxed " + boxed[0] + " " + boxed[999] + " " + Arrays.hashCode(boxed));
        int[] filled = new int[10];
        Arrays.fill(filled, 7);
        Arrays.fill(filled, 2, 5, -1);
        Object[] objs = new Object[3];
        Arrays.fill(objs, "o");
        boolean[] flags = new boolean[4];
        Arrays.fill(flags, 1, 3, true);
        System.out.println(Arrays.toString(filled) + " " + Arrays.toString(objs) + " " + Arrays.toString(flags));
        System.out.println(Arrays.toString(Arrays.copyOf(filled, 3)) + " " + Arrays.toString(Arrays.copyOf(filled, 12))
                + " " + Arrays.toString(Arrays.copyOf(names, 10)) + " " + Arrays.toString(Arrays.copyOfRange(names, 5, 8))
                + " " + Arrays.toString(Arrays.copyOfRange(new String[] {"a", "b"}, 1, 4))
                + " " + Arrays.toString(Arrays.copyOfRange(new int[] {1, 2, 3}, 2, 6))
                + " " + Arrays.toString(Arrays.copyOfRange(new double[] {1.5}, 1, 2))
                + " " + Arrays.copyOfRange(new Integer[] {1}, 0, 2).getClass().getSimpleName()
                + " " + Arrays.toString(Arrays.copyOf(new char[] {'a'}, 3)).replace('\0', '0'));
        System.out.println("hash " + Arrays.hashCode(new int[] {1, 2, 3}) + " " + Arrays.hashCode(new long[] {1L << 40, -1})
                + " " + Arrays.hashCode(new double[] {1.5, -0.0}) + " " + Arrays.hashCode(new boolean[] {true, false})
                + " " + Arrays.hashCode((int[]) null) + " " + Arrays.hashCode(new String[] {"a", null, "b"})
                + " " + Arrays.deepHashCode(new Object[] {new int[] {1}, new String[] {"x"}}) + " " + List.of(1, 2, 3).hashCode());
        System.out.println("eq " + Arrays.equals(new int[] {1}, new int[] {1}) + " " + Arrays.equals(new double[] {Double.NaN}, new double[] {Double.NaN})
                + " " + Arrays.equals(new double[] {0.0}, new double[] {-0.0}) + " " + Arrays.equals((int[]) null, null)
                + " " + Arrays.deepEquals(new int[][] {{1, 2}}, new int[][] {{1, 2}}) + " " + new int[0].equals(new int[0])
                + " " + Arrays.mismatch(new int[] {1, 2, 3}, new int[] {1, 2, 4}));
        System.out.println("compare " + Arrays.compare(new int[] {1, 2, 3}, new int[] {1, 2, 4})
                + " " + Arrays.compare(new int[] {1, 2}, new int[] {1, 2, 0, 0}) + " " + Arrays.compare((int[]) null, new int[0])
                + " " + Arrays.compare(new byte[] {-1}, new byte[] {1}) + " " + Arrays.compareUnsigned(new byte[] {-1}, new byte[] {1})
                + " " + Arrays.compare(new char[] {'a', 'z'}, new char[] {'a', 'b'}) + " " + Arrays.compare(new short[] {-300}, new short[] {300})
                + " " + Arrays.compare(new long[] {Long.MIN_VALUE}, new long[] {0}) + " " + Arrays.compareUnsigned(new long[] {Long.MIN_VALUE}, new long[] {0})
                + " " + Arrays.compare(new double[] {Double.NaN}, new double[] {Double.POSITIVE_INFINITY})
                + " " + Arrays.compare(new double[] {-0.0}, new double[] {0.0}) + " " + Arrays.compare(new float[] {1f}, new float[] {1f})
                + " " + Arrays.compare(new boolean[] {true, false}, new boolean[] {true, true})
                + " " + Arrays.compare(new String[] {"a", null}, new String[] {"a", "b"}) + " " + Arrays.compare(new String[] {"b"}, new String[] {"abc"})
                + " " + Arrays.compare(new String[] {"b", "B"}, new String[] {"b", "a"}, String.CASE_INSENSITIVE_ORDER)
                + " " + Arrays.compareUnsigned(new int[] {-1, 2}, new int[] {7}) + " " + Arrays.compareUnsigned(new short[] {1}, new short[] {1, 0}));
        System.out.println(Arrays.toString((int[]) null) + " " + Arrays.toString(new String[0]) + " "
                + Arrays.asList(1, 2, 3) + " " + Arrays.stream(new int[] {4, 5, 6}).sum());
        for (int[] range : new int[][] {{5, 2}, {-1, 2}, {4, 6}, {4, 4}, {3, 5}}) {
            try {
                System.out.println("copyOfRange " + Arrays.toString(Arrays.copyOfRange(new long[] {1, 2, 3}, range[0], range[1])));
            } catch (RuntimeException e) {
                System.out.println("copyOfRange " + range[0] + ".." + range[1] + ": " + e.getClass().getName() + ": "
                        + e.getMessage());
            }
        }
        try {
            Arrays.fill(filled, 5, 20, 0);
        } catch (RuntimeException e) {
            System.out.println("fill: " + e.getClass().getName());
        }
    }
}
