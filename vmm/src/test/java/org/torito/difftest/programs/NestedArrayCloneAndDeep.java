package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Multi-dimensional arrays: clone depth (rows shared, elements not), deepEquals/deepHashCode/deepToString over mixed primitive and object nesting, equals vs deepEquals, jagged arrays with shared rows, arrays in lists. */
public class NestedArrayCloneAndDeep {
    public static void main(String[] args) {
        int[][] grid = {{1, 2, 3}, {4, 5}, {}};
        int[][] shallow = grid.clone();
        shallow[0][0] = 100;
        shallow[1] = new int[] {-1};
        System.out.println("clone shares rows " + Arrays.deepToString(grid) + " " + Arrays.deepToString(shallow)
                + " same row " + (grid[0] == shallow[0]) + " " + (grid[1] == shallow[1]) + " same array " + (grid == shallow));
        int[][] deep = new int[grid.length][];
        for (int n = 0; n < grid.length; n++) {
            deep[n] = grid[n].clone();
        }
        deep[0][1] = 200;
        System.out.println("row clones " + Arrays.deepToString(grid) + " " + Arrays.deepToString(deep) + " deepEquals "
                + Arrays.deepEquals(grid, deep) + " equals " + Arrays.equals(grid, deep));
        deep[0][1] = 2;
        System.out.println("after undo deepEquals " + Arrays.deepEquals(grid, deep) + " equals " + Arrays.equals(grid, deep)
                + " deepHash equal " + (Arrays.deepHashCode(grid) == Arrays.deepHashCode(deep)) + " " + Arrays.deepHashCode(grid));
        // Clones of every element type are equal and independent.
        long[] longs = {1, 2};
        double[] doubles = {Double.NaN, -0.0};
        char[] chars = {'a', 'b'};
        boolean[] flags = {true};
        byte[] bytes = {-1};
        short[] shorts = {7};
        float[] floats = {0.5f};
        String[] strings = {"s", null};
        long[] longs2 = longs.clone();
        longs2[0] = 9;
        System.out.println("clones " + Arrays.toString(longs) + Arrays.toString(longs2) + " " + Arrays.equals(doubles, doubles.clone())
                + " " + Arrays.equals(chars, chars.clone()) + " " + Arrays.equals(flags, flags.clone()) + " "
                + Arrays.equals(bytes, bytes.clone()) + " " + Arrays.equals(shorts, shorts.clone()) + " " + Arrays.equals(floats, floats.clone())
                + " " + Arrays.equals(strings, strings.clone()) + " " + (strings.clone() != strings) + " " + new int[0].clone().length);
        // deepToString of mixed nesting: primitive arrays printed as such, object arrays recursed, nulls as null.
        Object[] mixed = {
            new int[] {1, 2}, new long[][] {{3L}, null}, new String[] {"x", null}, null, new char[] {'c'}, new boolean[][] {{true}},
            new Object[] {new double[] {1.5}, new Object[] {}}, "plain", 42, new float[0], new byte[] {-128}, new short[] {-1},
        };
        System.out.println("deepToString " + Arrays.deepToString(mixed));
        System.out.println("toString " + Arrays.toString(mixed).replaceAll("@[0-9a-f]+", "@hash"));
        Object[] copy = {
            new int[] {1, 2}, new long[][] {{3L}, null}, new String[] {"x", null}, null, new char[] {'c'}, new boolean[][] {{true}},
            new Object[] {new double[] {1.5}, new Object[] {}}, "plain", 42, new float[0], new byte[] {-128}, new short[] {-1},
        };
        StringBuilder each = new StringBuilder("deepEquals each");
        for (int n = 0; n < mixed.length; n++) {
            each.append(' ').append(n).append(Arrays.deepEquals(new Object[] {mixed[n]}, new Object[] {copy[n]}) ? "=" : "!");
        }
        System.out.println(each);
        System.out.println("deepEquals copy " + Arrays.deepEquals(mixed, copy) + " equals " + Arrays.equals(mixed, copy)
                + " deepHash " + (Arrays.deepHashCode(mixed) == Arrays.deepHashCode(copy)) + " " + Arrays.deepHashCode(mixed));
        // deepEquals distinguishes element types: int[] vs long[] with the same numbers, Integer[] vs int[].
        System.out.println("types " + Arrays.deepEquals(new Object[] {new int[] {1}}, new Object[] {new long[] {1}}) + " "
                + Arrays.deepEquals(new Object[] {new int[] {1}}, new Object[] {new Integer[] {1}}) + " "
                + Arrays.deepEquals(new Object[] {new double[] {Double.NaN}}, new Object[] {new double[] {Double.NaN}}) + " "
                + Arrays.deepEquals(new Object[] {new double[] {0.0}}, new Object[] {new double[] {-0.0}}) + " "
                + Arrays.deepEquals(new int[][] {{1}}, new Integer[][] {{1}}) + " " + Arrays.deepEquals(null, null) + " "
                + Arrays.deepEquals(new Object[] {null}, new Object[] {null}));
        // deepHashCode of primitive leaves is Arrays.hashCode of each.
        System.out.println("deepHashCode " + Arrays.deepHashCode(new Object[] {new int[] {1, 2}}) + " " + (31 + Arrays.hashCode(new int[] {1, 2}))
                + " " + Arrays.deepHashCode(new Object[] {null, "a"}) + " " + Arrays.deepHashCode(new Object[0]) + " " + Arrays.deepHashCode(null));
        // Jagged 3-D arrays built row by row, rows replaced and shared.
        char[][][] cube = new char[3][][];
        for (int i = 0; i < cube.length; i++) {
            cube[i] = new char[i + 1][];
            for (int j = 0; j <= i; j++) {
                cube[i][j] = new char[j + 1];
                Arrays.fill(cube[i][j], (char) ('a' + i + j));
            }
        }
        cube[2][0] = cube[0][0];
        cube[0][0][0] = 'Z';
        System.out.println("cube " + Arrays.deepToString(cube) + " shared " + (cube[2][0] == cube[0][0]));
        int[][][] zeros = new int[2][3][0];
        int[][][] partial = new int[2][][];
        System.out.println("shapes " + Arrays.deepToString(zeros) + " " + Arrays.deepToString(partial) + " "
                + zeros[1].length + " " + zeros.getClass().getSimpleName() + " " + partial.getClass().getComponentType().getSimpleName());
        // Arrays in collections: List.contains and indexOf use equals, which is identity for arrays.
        List<int[]> rows = new ArrayList<>();
        rows.add(new int[] {1});
        int[] kept = {2};
        rows.add(kept);
        System.out.println("list of arrays " + rows.contains(new int[] {1}) + " " + rows.contains(kept) + " " + rows.indexOf(kept)
                + " " + rows.stream().mapToInt(r -> r[0]).sum());
        // Collection.toArray into arrays is CollectionToArrayTyping's (known differences).
    }
}
