package org.torito.difftest.programs;

import java.util.Arrays;

/** Overload resolution phases (exact/widening before boxing before varargs), most specific method, null arguments, varargs with arrays and null, boxing vs widening. */
public class VarargsOverloadResolution {
    static String f(int x) {
        return "f(int)";
    }

    static String f(long x) {
        return "f(long)";
    }

    static String f(Integer x) {
        return "f(Integer)";
    }

    static String f(Object x) {
        return "f(Object)";
    }

    static String f(int... xs) {
        return "f(int...) len " + xs.length;
    }

    static String g(long x) {
        return "g(long)";
    }

    static String g(Integer x) {
        return "g(Integer)";
    }

    static String h(Object x) {
        return "h(Object)";
    }

    static String h(Object... xs) {
        return "h(Object...) " + (xs == null ? "null array" : "len " + xs.length);
    }

    static String k(String s) {
        return "k(String)";
    }

    static String k(Object o) {
        return "k(Object)";
    }

    static String m(double d) {
        return "m(double)";
    }

    static String m(Object o) {
        return "m(Object)";
    }

    static String v(String first, Object... rest) {
        return "v(String, Object...) " + first + " " + Arrays.toString(rest);
    }

    static String v(String first, String second) {
        return "v(String, String) " + first + " " + second;
    }

    static String n(Number n) {
        return "n(Number)";
    }

    static String n(Long l) {
        return "n(Long)";
    }

    static String c(char ch) {
        return "c(char)";
    }

    static String c(int i) {
        return "c(int)";
    }

    static String s(short x) {
        return "s(short)";
    }

    static String s(Object x) {
        return "s(Object)";
    }

    static String only(long... xs) {
        return "only(long...) " + Arrays.toString(xs);
    }

    static String boxedVarargs(Integer... xs) {
        return "boxedVarargs " + Arrays.toString(xs);
    }

    static String twoDim(int[]... xs) {
        StringBuilder sb = new StringBuilder("twoDim");
        for (int[] x : xs) {
            sb.append(' ').append(Arrays.toString(x));
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        byte bt = 1;
        short sh = 2;
        char ch = 'c';
        System.out.println("byte: " + f(bt));
        System.out.println("short: " + f(sh));
        System.out.println("char: " + f(ch));
        System.out.println("int: " + f(3));
        System.out.println("long: " + f(3L));
        System.out.println("Integer: " + f(Integer.valueOf(3)));
        System.out.println("float: " + f(1.5f));
        System.out.println("String: " + f("s"));
        System.out.println("no args: " + f());
        System.out.println("two ints: " + f(1, 2));
        System.out.println("int[]: " + f(new int[] {1, 2, 3}));
        System.out.println("g(5): " + g(5));
        System.out.println("g(Integer): " + g(Integer.valueOf(5)));
        System.out.println("h(1): " + h(1));
        System.out.println("h(): " + h());
        System.out.println("h(null): " + h((Object) null));
        System.out.println("h((Object[]) null): " + h((Object[]) null));
        System.out.println("h(1, 2): " + h(1, 2));
        Object[] arr = {"a", "b"};
        System.out.println("h(Object[]): " + h(arr));
        System.out.println("h((Object) Object[]): " + h((Object) arr));
        String[] strs = {"x", "y", "z"};
        System.out.println("h(String[]): " + h(strs));
        System.out.println("k(null): " + k(null));
        System.out.println("m(5): " + m(5));
        System.out.println("m(Integer): " + m(Integer.valueOf(5)));
        System.out.println("m('c'): " + m('c'));
        System.out.println(v("a", "b"));
        System.out.println(v("a", 1));
        System.out.println(v("a"));
        System.out.println(v("a", "b", "c"));
        System.out.println("n(5L): " + n(5L));
        System.out.println("n(5): " + n(5));
        System.out.println("c('x'): " + c('x') + " c(65): " + c(65) + " c('x' + 1): " + c('x' + 1));
        System.out.println("s(1): " + s(1) + " s(short): " + s(sh) + " s((short) 1): " + s((short) 1));
        System.out.println(only(1, 2, 'c'));
        System.out.println(only());
        System.out.println(boxedVarargs(1, null, 3));
        System.out.println(boxedVarargs());
        System.out.println(twoDim(new int[] {1}, new int[] {2, 3}));
        System.out.println(twoDim());
        System.out.println(twoDim(new int[][] {{4}, {5}}));
        System.out.println("format varargs: " + String.format("%s-%s", "a", "b") + " " + String.format("%s", (Object) new String[] {"q"}.length));
        System.out.println("asList of int[]: " + Arrays.asList(new int[] {1, 2}).size() + " of Integer[]: " + Arrays.asList(new Integer[] {1, 2}).size());
    }
}
