package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Enhanced for and var: the array expression evaluated once (reassigning the variable or writing elements during the loop), a custom Iterable whose iterator() is called once per loop, widening and unboxing of the loop variable, for over null, var with inferred types. */
public class EnhancedForSemantics {
    static int arrayEvaluations;
    static final List<String> log = new ArrayList<>();

    static int[] source() {
        arrayEvaluations++;
        return new int[] {1, 2, 3};
    }

    static class Range implements Iterable<Integer> {
        final int lo;
        final int hi;
        int iterators;

        Range(int lo, int hi) {
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        public Iterator<Integer> iterator() {
            iterators++;
            log.add("iterator#" + iterators);
            return new Iterator<>() {
                int next = lo;

                @Override
                public boolean hasNext() {
                    log.add("hasNext " + next);
                    return next < hi;
                }

                @Override
                public Integer next() {
                    if (next >= hi) {
                        throw new NoSuchElementException();
                    }
                    return next++;
                }
            };
        }
    }

    public static void main(String[] args) {
        int total = 0;
        for (int v : source()) {
            total += v;
        }
        System.out.println("evaluated " + arrayEvaluations + " total " + total);

        int[] arr = {1, 2, 3, 4};
        StringBuilder sb = new StringBuilder();
        for (int v : arr) {
            sb.append(v).append(' ');
            arr = new int[] {9, 9, 9, 9, 9, 9};
        }
        System.out.println("reassigned during loop: " + sb + "now length " + arr.length);

        int[] live = {1, 2, 3, 4};
        sb.setLength(0);
        for (int v : live) {
            sb.append(v).append(' ');
            if (v < live.length) {
                live[v] = live[v] * 10;
            }
        }
        System.out.println("written ahead: " + sb);

        char[] chars = {'a', 'b'};
        for (int code : chars) {
            System.out.print(code + " ");
        }
        byte[] bytes = {-1, 127};
        for (long widened : bytes) {
            System.out.print(widened + " ");
        }
        Integer[] boxes = {5, 6};
        for (int unboxed : boxes) {
            System.out.print(unboxed * 2 + " ");
        }
        for (double dv : new float[] {0.1f}) {
            System.out.print(dv + " ");
        }
        System.out.println();

        Range r = new Range(3, 6);
        int sum = 0;
        for (int v : r) {
            sum += v;
        }
        for (var v : r) {
            if (v == 4) {
                break;
            }
        }
        System.out.println("range sum " + sum + " iterators " + r.iterators + " " + log);

        int[][] grid = {{1, 2}, {3}, {}};
        sb.setLength(0);
        for (var row : grid) {
            sb.append(row.length).append(':');
            for (var cell : row) {
                sb.append(cell);
            }
            sb.append(' ');
        }
        System.out.println("grid " + sb);

        var list = new ArrayList<String>();
        list.add("x");
        var copy = list;
        copy.add("y");
        var n = 10;
        var l = 10L;
        var d = n / 4;
        var e = l / 4.0;
        var ch = 'c';
        var sum2 = ch + 1;
        System.out.println("var " + list + " " + d + " " + e + " " + sum2 + " " + (char) sum2);

        int[] nothing = null;
        try {
            for (int v : nothing) {
                System.out.println(v);
            }
        } catch (NullPointerException ex) {
            System.out.println("for over null array: NullPointerException");
        }
        Iterable<String> nullIterable = null;
        try {
            for (String s : nullIterable) {
                System.out.println(s);
            }
        } catch (NullPointerException ex) {
            System.out.println("for over null Iterable: NullPointerException");
        }
        List<String> removing = new ArrayList<>(List.of("a", "b", "c", "d"));
        try {
            for (String s : removing) {
                if (s.equals("b")) {
                    removing.remove(s);
                }
            }
        } catch (RuntimeException ex) {
            System.out.println("remove during for-each: " + ex.getClass().getName());
        }
        System.out.println("after " + removing);
    }
}
