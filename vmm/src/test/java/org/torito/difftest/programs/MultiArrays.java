package org.torito.difftest.programs;

import java.util.Arrays;

/** Multi-dimensional and jagged arrays, default values, deepToString, overlapping System.arraycopy. */
public class MultiArrays {
    public static void main(String[] args) {
        int[][][] cube = new int[3][4][5];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                for (int k = 0; k < 5; k++) {
                    cube[i][j][k] = i * 100 + j * 10 + k;
                }
            }
        }
        System.out.println(Arrays.deepToString(cube[2]) + " " + cube.length + cube[0].length + cube[0][0].length);
        int[][] partial = new int[3][];
        System.out.println(Arrays.deepToString(partial));
        int[][] jagged = new int[5][];
        for (int i = 0; i < jagged.length; i++) {
            jagged[i] = new int[i];
            for (int j = 0; j < i; j++) {
                jagged[i][j] = i * j;
            }
        }
        System.out.println(Arrays.deepToString(jagged));
        long[][] defaults = new long[2][2];
        double[][] dd = new double[2][1];
        boolean[][] bb = new boolean[1][2];
        char[][] cc = new char[1][2];
        String[][] ss = new String[2][2];
        System.out.println(Arrays.deepToString(defaults) + Arrays.deepToString(dd) + Arrays.deepToString(bb)
                + (int) cc[0][1] + Arrays.deepToString(ss));
        Object[] mixed = {1, "two", new int[] {3}, new String[] {"four"}, null, new Object[] {new double[] {5.5}}};
        System.out.println(Arrays.deepToString(mixed));
        Object[] self = new Object[2];
        self[0] = self;
        self[1] = "x";
        System.out.println(Arrays.deepToString(self));
        int[][] copy = jagged.clone();
        copy[4][0] = 99;
        System.out.println("shallow clone shares rows: " + (jagged[4][0] == 99) + " " + (copy[4] == jagged[4]));
        System.out.println("types " + cube.getClass().getName() + " " + jagged.getClass().getSimpleName() + " "
                + new String[0][0].getClass().getName() + " " + new boolean[0].getClass().getName()
                + " " + (jagged instanceof Object) + " " + (((Object) jagged) instanceof Object[]));

        int[] a = new int[12];
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
        System.arraycopy(a, 0, a, 3, 8);
        System.out.println("forward overlap " + Arrays.toString(a));
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
        System.arraycopy(a, 4, a, 1, 8);
        System.out.println("backward overlap " + Arrays.toString(a));
        String[] strs = {"a", "b", "c", "d", "e"};
        System.arraycopy(strs, 0, strs, 1, 4);
        System.out.println("object overlap " + Arrays.toString(strs));
        Object[] dst = new Object[3];
        System.arraycopy(new String[] {"x", "y"}, 0, dst, 1, 2);
        System.out.println("widening " + Arrays.toString(dst));
        tryCopy("null", () -> System.arraycopy(null, 0, new int[2], 0, 1));
        tryCopy("int[] -> long[]", () -> System.arraycopy(new int[2], 0, new long[2], 0, 1));
        tryCopy("int[] -> Object[]", () -> System.arraycopy(new int[2], 0, new Object[2], 0, 1));
        tryCopy("String[] -> char[]", () -> System.arraycopy(new String[2], 0, new char[2], 0, 1));
        tryCopy("source not an array", () -> System.arraycopy("str", 0, new char[2], 0, 1));
        tryCopy("destination not an array", () -> System.arraycopy(new int[1], 0, 7, 0, 1));
        Object[] sources = {"p", "q", 3, "r"};
        String[] into = new String[4];
        tryCopy("Object[] with an Integer -> String[]", () -> System.arraycopy(sources, 0, into, 0, 4));
        System.out.println("copied before the mismatch " + Arrays.toString(into));
        tryCopy("Object[] of Strings -> String[]", () -> System.arraycopy(sources, 0, into, 1, 2));
        tryCopy("Integer[] -> Number[]", () -> System.arraycopy(new Integer[] {1}, 0, new Number[1], 0, 1));
        tryCopy("length 0 into a wrong type", () -> System.arraycopy(new int[2], 0, new long[2], 0, 0));
        for (int[] bad : new int[][] {{-1, 0, 1}, {0, -2, 1}, {0, 0, -3}, {2, 0, 2}, {0, 3, 2}, {3, 0, 0}, {0, 4, 0}}) {
            tryCopy("bounds " + Arrays.toString(bad), () -> System.arraycopy(new int[3], bad[0], new int[4], bad[1], bad[2]));
            tryCopy("object bounds " + Arrays.toString(bad), () -> System.arraycopy(new String[3], bad[0], new Object[4], bad[1], bad[2]));
        }
        int[][] matrix = {{1, 2, 3}, {4, 5, 6}};
        int[][] t = new int[3][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                t[j][i] = matrix[i][j];
            }
        }
        System.out.println("transpose " + Arrays.deepToString(t));
        char[][] grid = new char[4][];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = ".".repeat(i + 1).toCharArray();
        }
        grid[3][2] = '#';
        StringBuilder sb = new StringBuilder();
        for (char[] row : grid) {
            sb.append(row).append('/');
        }
        System.out.println(sb);
    }

    static void tryCopy(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": no exception");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
