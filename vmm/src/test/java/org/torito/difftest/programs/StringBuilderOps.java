package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;

/** StringBuilder: append of every type, insert, delete, deleteCharAt, reverse (with surrogates), setLength. */
public class StringBuilderOps {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(1).append('c').append(2L).append(1.5f).append(2.25).append(true).append((Object) null)
                .append((String) null).append(new char[] {'x', 'y'}).append("tail", 1, 3).append(-0.0).append(Integer.MIN_VALUE)
                .append(Long.MIN_VALUE);
        System.out.println(sb + " len=" + sb.length());
        sb.insert(0, "START").insert(5, 42).insert(sb.length(), '!').insert(3, 1.5).insert(2, false);
        System.out.println(sb);
        sb.deleteCharAt(0).deleteCharAt(sb.length() - 1).delete(2, 6).delete(sb.length() - 3, sb.length() + 100);
        System.out.println(sb);
        sb.replace(0, 3, "REPL").setCharAt(4, '#');
        System.out.println(sb + " idx=" + sb.indexOf("nu") + " last=" + sb.lastIndexOf("l") + " char=" + sb.charAt(2));
        sb.setLength(5);
        System.out.println("[" + sb + "] " + sb.length());
        sb.setLength(sb.length() + 3);
        System.out.println("[" + sb.toString().replace('\0', '0') + "] " + sb.length());
        sb.setLength(0);
        System.out.println("[" + sb + "] " + sb.length());
        StringBuilder r = new StringBuilder("abc\u00e9def\u4e2d\ud83d\ude00x\ud800");
        String reversed = r.reverse().toString();
        System.out.println("reverse cps=" + reversed.codePoints().count() + " first=" + Integer.toHexString(reversed.codePointAt(0))
                + " at4=" + Integer.toHexString(reversed.codePointAt(4)) + " len=" + reversed.length());
        StringBuilder units = new StringBuilder();
        for (int i = 0; i < reversed.length(); i++) {
            units.append(Integer.toHexString(reversed.charAt(i))).append(' ');
        }
        System.out.println("reversed units " + units);
        StringBuilder p = new StringBuilder("racecar");
        System.out.println(p.reverse() + " " + new StringBuilder("").reverse().length() + " "
                + new StringBuilder("ab").reverse().append(new StringBuilder("cd")).insert(0, (Object) "o"));
        StringBuilder grow = new StringBuilder(1);
        for (int i = 0; i < 5000; i++) {
            grow.append((char) ('a' + i % 26));
            if (i % 7 == 0) {
                grow.insert(grow.length() / 2, i);
            }
            if (i % 11 == 0) {
                grow.deleteCharAt(grow.length() / 3);
            }
        }
        System.out.println("grow " + grow.length() + " " + grow.toString().hashCode() + " " + grow.substring(100, 140));
        List<StringBuilder> builders = new ArrayList<>(List.of(new StringBuilder("b"), new StringBuilder("ab"), new StringBuilder("a")));
        java.util.Collections.sort(builders);
        System.out.println("compareTo " + new StringBuilder("abc").compareTo(new StringBuilder("abd")) + " "
                + new StringBuilder("ab").compareTo(new StringBuilder("abcd")) + " " + new StringBuffer("z").compareTo(new StringBuffer("a"))
                + " " + CharSequence.compare("x", new StringBuilder("xy")) + " " + CharSequence.compare(new StringBuffer("q"), "q") + " " + builders);
        System.out.println("cmp " + new StringBuilder("x").equals(new StringBuilder("x")) + " " + "x".contentEquals(new StringBuilder("x"))
                + " " + new StringBuilder("hello").subSequence(1, 3) + " " + new StringBuffer("sync").append(1).reverse());
        try {
            new StringBuilder("abc").deleteCharAt(3);
        } catch (RuntimeException e) {
            System.out.println("deleteCharAt: " + e.getClass().getName());
        }
        try {
            new StringBuilder("abc").insert(4, "x");
        } catch (RuntimeException e) {
            System.out.println("insert: " + e.getClass().getName());
        }
        try {
            new StringBuilder("abc").setLength(-1);
            System.out.println("setLength(-1) accepted");
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("setLength(-1): " + e.getClass().getName());
        }
        StringBuffer grown = new StringBuffer("xyz");
        grown.setLength(1);
        grown.setLength(4);
        System.out.println("buffer [" + grown.toString().replace('\0', '0') + "] " + grown.length());
    }
}
