package org.torito.difftest.programs;

import java.util.Arrays;
import java.util.List;

/** java.lang.String: comparison, search, case, split/join, strip, repeat, chars, hashing. */
public class StringOps {
    public static void main(String[] args) {
        String[] words = {"", "a", "A", "abc", "ABC", "abd", "ab", "Hello, World", "  padded\t", "Stra\u00dfe", "\u0149", "\u1f80",
            "\u039f\u0394\u039f\u03a3 \u03a3\u0391\u03a3, \u03a3", "\u0130stanbul", "\u00e9t\u00e9", "Zebra", "apple", "Apple", "a\u0000b"};
        for (String s : words) {
            System.out.println("[" + s + "] len=" + s.length() + " hash=" + s.hashCode() + " up=" + s.toUpperCase()
                    + " low=" + s.toLowerCase() + " trim=[" + s.trim() + "] strip=[" + s.strip() + "] lead=["
                    + s.stripLeading() + "] trail=[" + s.stripTrailing() + "] blank=" + s.isBlank() + " empty="
                    + s.isEmpty() + " rep=" + s.repeat(2) + " chars=" + s.chars().sum() + " cps=" + s.codePoints().count());
        }
        for (String a : new String[] {"abc", "ABC", "abd", "ab", "", "Apple", "apple"}) {
            StringBuilder line = new StringBuilder(a + ":");
            for (String b : new String[] {"abc", "ABC", "ab", ""}) {
                line.append(' ').append(Integer.signum(a.compareTo(b))).append('/')
                        .append(Integer.signum(a.compareToIgnoreCase(b))).append('/')
                        .append(a.equalsIgnoreCase(b) ? 'T' : 'F').append('/').append(a.equals(b) ? 'T' : 'F');
            }
            System.out.println(line);
        }
        String text = "the quick brown fox jumps over the lazy dog";
        System.out.println(text.indexOf("the") + " " + text.indexOf("the", 1) + " " + text.lastIndexOf("the")
                + " " + text.indexOf('z') + " " + text.indexOf("cat") + " " + text.lastIndexOf('o', 20)
                + " " + text.contains("fox") + " " + text.startsWith("quick", 4) + " " + text.endsWith("dog")
                + " " + text.charAt(10) + " " + text.substring(4, 9) + " " + text.substring(40)
                + " " + text.replace('o', '0') + " " + text.replace("the", "THE") + " " + text.matches(".*fox.*"));
        System.out.println(String.join("|", "a", "", "c") + " " + String.join(",", List.of("x", "y"))
                + " " + String.join("-", new String[0]));
        String[] splits = {"a,b,,c,,", ",a,b", "a", "", "a,,b", ",,,"};
        for (String s : splits) {
            System.out.println("split [" + s + "] " + Arrays.toString(s.split(",")) + " " + Arrays.toString(s.split(",", -1))
                    + " " + Arrays.toString(s.split(",", 2)) + " " + s.split(",").length);
        }
        System.out.println(Arrays.toString("a1b22c333d".split("[0-9]+")) + " " + Arrays.toString("one  two   three".split("\\s+"))
                + " " + Arrays.toString("a.b.c".split("\\.")) + " " + "x-y-z".replaceAll("-", "+")
                + " " + "aaa".replaceFirst("a", "b") + " " + Arrays.toString("boo:and:foo".split("o", 0)));
        char[] cs = {'h', 'e', 'l', 'l', 'o'};
        System.out.println(new String(cs) + " " + new String(cs, 1, 3) + " " + String.valueOf(cs) + " "
                + String.valueOf(true) + String.valueOf('c') + String.valueOf(12L) + " " + String.valueOf((Object) null)
                + " " + "abc".concat("def") + " " + "Mississippi".indexOf("ss", 3) + " " + "  ".isBlank()
                + " " + "a-b".toCharArray().length + " " + "hello".chars().filter(ch -> ch == 'l').count()
                + " " + "ab".compareTo("abc") + " " + "b".compareTo("a") + " " + "A".compareTo("a"));
        String computed = new String(cs);
        // No literal has this text: which string is canonical must not depend on when the JVM
        // resolves a literal (HotSpot does it lazily).
        String built = new StringBuilder("inter").append("ned-at-run-time").toString();
        System.out.println("literals " + ("lit" == "lit") + " " + "x".equals(null) + " intern "
                + (computed.intern() == "hello") + " " + (computed == "hello") + " " + (new String("lit").intern() == "lit")
                + " " + (built.intern() == built) + " " + (new String(built).intern() == built)
                + " " + ("".intern() == ""));
        System.out.println("lines " + "a\nb\r\nc\rd\n\ne\n".lines().toList() + " " + "".lines().count() + " " + "\n".lines().toList()
                + " [" + "x\n  y\r\nz".indent(2) + "] [" + "   a\n b\n".indent(-2) + "] [" + " \t a".indent(Integer.MIN_VALUE)
                + "] [" + "".indent(3) + "] [" + "q\r".indent(0) + "]"
                + " " + "%d-%s".formatted(5, "x") + " " + "  x  ".strip().length() + " " + "abc".contentEquals(new StringBuilder("abc")));
        String big = "";
        for (int i = 0; i < 300; i++) {
            big += i % 10;
        }
        System.out.println("big " + big.length() + " " + big.hashCode() + " " + big.substring(295));
        try {
            System.out.println("abc".substring(2, 1));
        } catch (RuntimeException e) {
            System.out.println("substring: " + e.getClass().getName() + ": " + e.getMessage());
        }
        for (int[] range : new int[][] {{5, 5}, {3, 3}, {-1, 2}, {0, 4}, {4, 3}}) {
            try {
                System.out.println("[" + "abc".substring(range[0], range[1]) + "]");
            } catch (RuntimeException e) {
                System.out.println("substring: " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        try {
            System.out.println("abc".substring(4));
        } catch (RuntimeException e) {
            System.out.println("substring(4): " + e.getClass().getName() + ": " + e.getMessage());
        }
        System.out.println("turkish " + "Iiİı".toUpperCase(java.util.Locale.forLanguageTag("tr")) + " "
                + "Iiİı".toLowerCase(java.util.Locale.forLanguageTag("tr")) + " " + "ΣΑΣ.".toLowerCase(java.util.Locale.ROOT));
        try {
            System.out.println("abc".charAt(5));
        } catch (RuntimeException e) {
            System.out.println("charAt: " + e.getClass().getName());
        }
    }
}
