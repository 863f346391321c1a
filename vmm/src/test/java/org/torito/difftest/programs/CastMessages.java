package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;

/** ClassCastException and ArrayStoreException messages for classes, interfaces, arrays and boxes, from checkcast, Class.cast and generic code. */
public class CastMessages {
    interface Shape {
    }

    static class Circle implements Shape {
    }

    static class Square implements Shape {
    }

    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static Object box(Object o) {
        return o;
    }

    @SuppressWarnings("unchecked")
    static <T> T unchecked(Object o) {
        return (T) o;
    }

    public static void main(String[] args) {
        attempt("String to Integer", () -> System.out.println((Integer) box("s")));
        attempt("Integer to String", () -> System.out.println((String) box(1)));
        attempt("Circle to Square", () -> System.out.println((Square) box(new Circle())));
        attempt("String to Shape", () -> System.out.println((Shape) box("s")));
        attempt("int[] to long[]", () -> System.out.println(((long[]) box(new int[1])).length));
        attempt("String[] to Integer[]", () -> System.out.println(((Integer[]) box(new String[1])).length));
        attempt("Object[] to String[]", () -> System.out.println(((String[]) box(new Object[1])).length));
        attempt("int[][] to Object[][][]", () -> System.out.println(((Object[][][]) box(new int[1][1])).length));
        attempt("Circle[] to Square[]", () -> System.out.println(((Square[]) box(new Circle[0])).length));
        attempt("List to String", () -> System.out.println((String) box(new ArrayList<String>())));
        attempt("Class.cast", () -> System.out.println(Integer.class.cast("s")));
        attempt("Class.cast array", () -> System.out.println(String[].class.cast(new Object[0])));
        attempt("Class.cast null", () -> System.out.println(Integer.class.cast(null)));
        attempt("generic site", () -> {
            String s = unchecked(5);
            System.out.println(s);
        });
        attempt("generic list", () -> {
            List<Object> raw = new ArrayList<>();
            raw.add(2.5);
            List<String> strings = unchecked(raw);
            String s = strings.get(0);
            System.out.println(s);
        });
        attempt("store Integer in String[]", () -> {
            Object[] a = new String[1];
            a[0] = 1;
        });
        attempt("store Square in Circle[]", () -> {
            Shape[] a = new Circle[1];
            a[0] = new Square();
        });
        attempt("store int[] in long[][]", () -> {
            Object[] a = new long[1][];
            a[0] = new int[0];
        });
        attempt("arraycopy element", () -> {
            Object[] src = {"a", 1};
            String[] dst = new String[2];
            System.arraycopy(src, 0, dst, 0, 2);
        });
        attempt("arraycopy int to long", () -> System.arraycopy(new int[1], 0, new long[1], 0, 1));
        attempt("arraycopy not array", () -> System.arraycopy("x", 0, new char[1], 0, 1));
        attempt("toArray typed", () -> {
            List<Object> l = new ArrayList<>(List.of("a", 3));
            System.out.println(l.toArray(new String[0]).length);
        });
    }
}
