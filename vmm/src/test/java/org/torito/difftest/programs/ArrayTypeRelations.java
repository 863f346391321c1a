package org.torito.difftest.programs;

import java.io.Serializable;
import java.util.Arrays;

/** Array types in the language: instanceof and casts between array types (covariance, Cloneable/Serializable, primitive arrays are not Object[]), clone (shallow, multi-dimensional), array class names, equals vs Arrays.equals, final array contents. */
public class ArrayTypeRelations {
    interface Shape {
    }

    static class Circle implements Shape, Comparable<Circle> {
        final int r;

        Circle(int r) {
            this.r = r;
        }

        public int compareTo(Circle o) {
            return Integer.compare(r, o.r);
        }

        public String toString() {
            return "Circle" + r;
        }
    }

    interface Marker {
    }

    static class Plain implements Marker {
    }

    static class Unrelated {
    }

    static class CopyableThing implements Cloneable {
    }

    static String kinds(Object o) {
        return (o instanceof Object[] ? "Object[] " : "")
                + (o instanceof Cloneable ? "Cloneable " : "")
                + (o instanceof Serializable ? "Serializable " : "")
                + (o instanceof Comparable<?>[] ? "Comparable[] " : "")
                + (o instanceof CharSequence[] ? "CharSequence[] " : "")
                + (o instanceof Shape[] ? "Shape[] " : "")
                + (o instanceof Circle[] ? "Circle[] " : "")
                + (o instanceof Object[][] ? "Object[][] " : "")
                + (o instanceof Number[][] ? "Number[][] " : "")
                + (o instanceof int[] ? "int[] " : "")
                + (o instanceof long[] ? "long[] " : "")
                + (o instanceof int[][] ? "int[][] " : "");
    }

    static String cast(Object o, String to) {
        try {
            Object r = switch (to) {
                case "Object[]" -> (Object[]) o;
                case "Shape[]" -> (Shape[]) o;
                case "Circle[]" -> (Circle[]) o;
                case "String[]" -> (String[]) o;
                case "int[]" -> (int[]) o;
                case "Object[][]" -> (Object[][]) o;
                default -> throw new IllegalArgumentException(to);
            };
            return to + " ok " + (r != null);
        } catch (ClassCastException e) {
            return to + " " + e.getClass().getSimpleName();
        }
    }

    public static void main(String[] args) {
        Object[] samples = {
            new int[2], new long[1], new int[2][3], new String[1], new Circle[] {new Circle(1)}, new Shape[1],
            new Integer[2][2], new Object[1], new Object[1][1], new char[0], new CharSequence[0], new int[0][0][0]
        };
        for (Object o : samples) {
            System.out.println(o.getClass().getName() + " / " + o.getClass().getSimpleName() + ": " + kinds(o));
        }
        String[] targets = {"Object[]", "Shape[]", "Circle[]", "String[]", "int[]", "Object[][]"};
        for (Object o : new Object[] {new Circle[2], new Shape[] {new Circle(2)}, new int[1], new int[1][1], new String[0]}) {
            StringBuilder sb = new StringBuilder(o.getClass().getSimpleName()).append(" ->");
            for (String t : targets) {
                sb.append(" | ").append(cast(o, t));
            }
            System.out.println(sb);
        }

        int[][] grid = {{1, 2}, {3, 4}};
        int[][] shallow = grid.clone();
        shallow[0][0] = 99;
        shallow[1] = new int[] {7, 7};
        System.out.println("shallow clone: grid " + Arrays.deepToString(grid) + " clone " + Arrays.deepToString(shallow)
                + " rows shared " + (grid[0] == shallow[0]) + " " + (grid[1] == shallow[1]));
        Circle[] circles = {new Circle(3), new Circle(1), new Circle(2)};
        Circle[] copy = circles.clone();
        Arrays.sort(copy);
        System.out.println("clone then sort: " + Arrays.toString(circles) + " " + Arrays.toString(copy) + " same element " + (circles[1] == copy[0]));
        System.out.println("clone type: " + copy.getClass().getSimpleName() + " " + (copy.getClass() == circles.getClass()));
        int[] a = {1, 2, 3};
        int[] b = {1, 2, 3};
        System.out.println("equals: " + a.equals(b) + " Arrays.equals: " + Arrays.equals(a, b) + " self: " + a.equals(a) + " clone equals: " + a.equals(a.clone()));
        Object[] nested1 = {new int[] {1}, "x"};
        Object[] nested2 = {new int[] {1}, "x"};
        System.out.println("Arrays.equals nested: " + Arrays.equals(nested1, nested2) + " deepEquals: " + Arrays.deepEquals(nested1, nested2));
        final int[] fixed = {5};
        fixed[0]++;
        System.out.println("final array contents change: " + fixed[0]);
        Shape[] shapes = new Circle[2];
        try {
            shapes[0] = new Shape() {
            };
            System.out.println("anonymous Shape into Circle[]: stored");
        } catch (ArrayStoreException e) {
            System.out.println("anonymous Shape into Circle[]: " + e.getClass().getName());
        }
        Comparable<?>[] comparables = new String[] {"b", "a"};
        Object[] objs = comparables;
        try {
            objs[1] = Integer.valueOf(3);
            System.out.println("Integer into String[] via Comparable[]: stored");
        } catch (ArrayStoreException e) {
            System.out.println("Integer into String[] via Comparable[]: " + e.getClass().getName());
        }
        objs[1] = "c";
        System.out.println("String into String[] via Object[]: " + Arrays.toString(objs));
        Object[][] rows = new Integer[2][];
        try {
            rows[0] = new String[1];
            System.out.println("String[] row into Integer[][]: stored");
        } catch (ArrayStoreException e) {
            System.out.println("String[] row into Integer[][]: " + e.getClass().getName());
        }
        rows[1] = new Integer[] {4};
        System.out.println("rows: " + Arrays.deepToString(rows));
        System.out.println("component types: " + int[][].class.getComponentType().getSimpleName() + " "
                + String[].class.getComponentType().getName() + " " + int.class.getName() + " " + int[].class.isArray() + " " + Object.class.isArray());
        Object markers = new Marker[1];
        System.out.println("Marker[] instanceof Plain[]: " + (markers instanceof Plain[]) + ", Unrelated[]: " + (markers instanceof Unrelated[])
                + ", Marker[]: " + (markers instanceof Marker[]) + ", Object[]: " + (markers instanceof Object[]));
        Object plainObjects = new Object[1];
        System.out.println("Object[] instanceof Plain[]: " + (plainObjects instanceof Plain[]) + ", Marker[]: " + (plainObjects instanceof Marker[]));
        Object plains = new Plain[1];
        System.out.println("Plain[] instanceof Marker[]: " + (plains instanceof Marker[]) + ", Shape[]: " + (plains instanceof Shape[]));
        Object oneMarker = new Marker() {
        };
        System.out.println("anonymous Marker instanceof Plain: " + (oneMarker instanceof Plain) + ", Cloneable: " + (oneMarker instanceof Cloneable));
        Object copyable = new CopyableThing();
        System.out.println("class implementing Cloneable: " + (copyable instanceof Cloneable) + ", Serializable: " + (copyable instanceof Serializable));
        try {
            Plain[] forced = (Plain[]) markers;
            System.out.println("(Plain[]) Marker[]: no exception, length " + forced.length);
        } catch (ClassCastException e) {
            System.out.println("(Plain[]) Marker[]: " + e.getClass().getName());
        }
        try {
            Cloneable c = (Cloneable) (Object) new int[1];
            System.out.println("(Cloneable) int[]: ok " + (c != null));
        } catch (ClassCastException e) {
            System.out.println("(Cloneable) int[]: " + e.getClass().getName());
        }
        System.out.println("lengths: " + new int[0].length + " " + new int[3][0].length + " " + new int[3][4][5][2][1][0].length);
    }
}
