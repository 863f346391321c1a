package org.torito.difftest.programs;

import java.util.List;

/** String indexOf/lastIndexOf with out-of-range fromIndex, regionMatches, contentEquals, literal replace of regex specials, join, valueOf(char[]). */
public final class StringSearchAndRegions {
    private StringSearchAndRegions() {
    }

    public static void main(String[] args) {
        String s = "abcabcXabc";
        int[] froms = {Integer.MIN_VALUE, -5, -1, 0, 1, 3, 7, 9, 10, 11, 100, Integer.MAX_VALUE};
        String[] needles = {"abc", "", "c", "Xa", "abcd", "cX"};
        for (String n : needles) {
            StringBuilder line = new StringBuilder("\"" + n + "\": idx=" + s.indexOf(n) + " last=" + s.lastIndexOf(n) + " |");
            for (int f : froms) {
                line.append(' ').append(s.indexOf(n, f)).append('/').append(s.lastIndexOf(n, f));
            }
            System.out.println(line);
        }
        StringBuilder chars = new StringBuilder("char 'c':");
        for (int f : froms) {
            chars.append(' ').append(s.indexOf('c', f)).append('/').append(s.lastIndexOf('c', f));
        }
        System.out.println(chars);
        String sur = "x\uD83D\uDE00y\uD83D\uDE00";
        System.out.println("supplementary " + sur.indexOf(0x1F600) + " " + sur.lastIndexOf(0x1F600) + " " + sur.indexOf(0x1F600, 2)
                + " " + sur.indexOf(0xD83D) + " " + sur.indexOf(0xDE00) + " " + sur.lastIndexOf(0xDE00, 3) + " " + sur.indexOf(-1)
                + " " + sur.indexOf(0x110000));
        // String.indexOf(ch, begin, end) is missing from TeaVM 0.15's class library (build fails).
        String text = "Hello, World";
        Object[][] regions = {{0, "hello", 0, 5, false}, {0, "hello", 0, 5, true}, {7, "WORLD", 0, 5, true},
            {7, "xWorld", 1, 5, false}, {-1, "H", 0, 1, false}, {0, "H", -1, 1, false}, {10, "ld", 0, 3, false},
            {12, "", 0, 0, false}, {13, "", 0, 0, false}, {0, "Hello", 0, -1, false}, {0, "", 0, 0, true}};
        for (Object[] r : regions) {
            int to = (Integer) r[0];
            String other = (String) r[1];
            int oo = (Integer) r[2];
            int len = (Integer) r[3];
            boolean ic = (Boolean) r[4];
            System.out.println("regionMatches(" + ic + ", " + to + ", \"" + other + "\", " + oo + ", " + len + ") = "
                    + text.regionMatches(ic, to, other, oo, len) + " plain=" + text.regionMatches(to, other, oo, len));
        }
        // Case-insensitive region matching for non-ASCII letters.
        System.out.println("region non-ascii " + "\u00C9COLE".regionMatches(true, 0, "\u00E9cole", 0, 5) + " "
                + "\u03A3\u0399".regionMatches(true, 0, "\u03C3\u03B9", 0, 2) + " " + "\u0130".regionMatches(true, 0, "i", 0, 1)
                + " " + "K".regionMatches(true, 0, "\u212A", 0, 1));
        StringBuilder sb = new StringBuilder("abc");
        StringBuffer buf = new StringBuffer("abc");
        System.out.println("contentEquals " + "abc".contentEquals(sb) + " " + "abc".contentEquals(buf) + " " + "abc".contentEquals("abc")
                + " " + "abc".contentEquals(new StringBuilder("ab")) + " " + "".contentEquals(new StringBuilder())
                + " " + "abc".contentEquals((CharSequence) java.nio.CharBuffer.wrap("abc")));
        String specials = "a.b*c+d?e[f]g(h)i{j}k$l^m|n\\o";
        System.out.println("replace " + specials.replace(".", "!") + " " + specials.replace("*", "$1") + " "
                + specials.replace("\\", "\\\\") + " " + specials.replace("$", "\\$") + " " + specials.replace("[f]", "<f>")
                + " " + "aaaa".replace("aa", "b") + " " + "abc".replace("", "-") + " " + "abc".replace('b', 'b')
                + " " + "a.b.c".replace('.', '/') + " " + "xyz".replace("y", "") + " " + specials.replace(".", "$0"));
        System.out.println("replaceAll vs replace " + "a.b".replaceAll(".", "x") + " " + "a.b".replace(".", "x") + " "
                + "a$b".replaceAll("\\$", "\\\\\\$") + " " + "x".replaceAll("x", java.util.regex.Matcher.quoteReplacement("$1\\")));
        try {
            System.out.println("join with null " + String.join(", ", "a", null, "c"));
        } catch (RuntimeException e) {
            System.out.println("join with null: " + e.getClass().getName());
        }
        System.out.println("join [" + String.join("", List.of()) + "] "
                + String.join("::", List.of("only")) + " " + String.join("-", new StringBuilder("sb"), "s", new StringBuffer("buf"))
                + " " + String.join("\u00E9", "x", "y"));
        char[] data = {'h', 'e', 'l', 'l', 'o', '\uD83D', '\uDE00'};
        String v = String.valueOf(data);
        data[0] = 'J';
        System.out.println("valueOf(char[]) " + v + " len " + v.length() + " " + String.valueOf(data, 1, 3) + " "
                + String.copyValueOf(data) + " " + String.copyValueOf(data, 4, 3).length() + " " + new String(data, 5, 2).codePointAt(0));
        try {
            System.out.println(String.valueOf(data, 5, 3));
        } catch (IndexOutOfBoundsException e) {
            System.out.println("valueOf(data, 5, 3): IndexOutOfBounds");
        }
        try {
            System.out.println(String.valueOf((char[]) null));
        } catch (NullPointerException e) {
            System.out.println("valueOf((char[]) null): NPE");
        }
        // Out-of-range offsets are answers (false, -1, the length), never exceptions.
        System.out.println("misc " + guard(() -> "abc".startsWith("", 3)) + " " + guard(() -> "abc".startsWith("", 4))
                + " " + guard(() -> "abc".startsWith("c", -1)) + " " + guard(() -> "abc".endsWith(""))
                + " " + guard(() -> "aXbXc".lastIndexOf("X", -1)) + " " + guard(() -> "".indexOf(""))
                + " " + guard(() -> "".lastIndexOf("")) + " " + guard(() -> "abc".indexOf("", 5))
                + " " + guard(() -> "abc".lastIndexOf("", 5)) + " " + guard(() -> "abc".contains(""))
                + " " + guard(() -> "abc".lastIndexOf('c', 100)) + " " + guard(() -> "abc".indexOf('a', -100)));
    }

    private static String guard(java.util.function.Supplier<Object> s) {
        try {
            return String.valueOf(s.get());
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }
}
