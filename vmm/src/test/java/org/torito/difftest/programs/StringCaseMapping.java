package org.torito.difftest.programs;

import java.util.Locale;

/** String and Character case mapping (Locale.ROOT) for Latin-1, Latin Extended, Greek and Cyrillic, and case-insensitive comparison of non-ASCII. */
public final class StringCaseMapping {
    private StringCaseMapping() {
    }

    public static void main(String[] args) {
        StringBuilder latin1 = new StringBuilder();
        for (char c = 0xC0; c <= 0xFF; c++) {
            latin1.append(c);
        }
        String l1 = latin1.toString();
        System.out.println("latin1 " + l1);
        System.out.println("  upper " + l1.toUpperCase(Locale.ROOT));
        System.out.println("  lower " + l1.toLowerCase(Locale.ROOT));
        StringBuilder charUp = new StringBuilder("  charUp");
        for (char c = 0xA0; c <= 0xFF; c++) {
            char u = Character.toUpperCase(c);
            char l = Character.toLowerCase(c);
            if (u != c || l != c) {
                charUp.append(' ').append(Integer.toHexString(c)).append('>').append(Integer.toHexString(u)).append('/')
                        .append(Integer.toHexString(l));
            }
        }
        System.out.println(charUp);
        // Greek: final sigma, accented vowels, the dialytika forms; Cyrillic and Latin Extended-A.
        String[] words = {"\u039F\u0394\u03A5\u03A3\u03A3\u0395\u03A5\u03A3", "\u03BF\u03B4\u03C5\u03C3\u03C3\u03B5\u03C5\u03C2",
            "\u0386\u0388\u0389\u038A\u038C\u038E\u038F", "\u03AC\u03AD\u03AE\u03AF\u03CC\u03CD\u03CE\u03CA\u03CB",
            "\u03A3", "\u03C2\u03C3", "\u0391\u03A3 \u0391\u03A3.", "\u041C\u043E\u0441\u043A\u0432\u0430 \u0401\u0451",
            "\u0100\u0101\u0102\u0103\u0178\u017D\u017E\u0141\u0142", "\u01C4\u01C5\u01C6", "\u00B5\u00FF\u00DF",
            "Hello World 123", "\u0130stanbul", "\u0131"};
        for (String w : words) {
            System.out.println(w + " up=" + w.toUpperCase(Locale.ROOT) + " low=" + w.toLowerCase(Locale.ROOT) + " lens="
                    + w.toUpperCase(Locale.ROOT).length() + "," + w.toLowerCase(Locale.ROOT).length() + " cp="
                    + hex(w.toLowerCase(Locale.ROOT)));
        }
        String[][] pairs = {{"\u00E9t\u00E9", "\u00C9T\u00C9"}, {"stra\u00DFe", "STRASSE"}, {"\u03C3", "\u03A3"}, {"\u03C2", "\u03A3"},
            {"\u03C2", "\u03C3"}, {"\u00FF", "\u0178"}, {"\u00B5", "\u039C"}, {"\u00E0", "\u00C1"}, {"a", "\u00E0"},
            {"Z", "\u00E0"}, {"\u0451", "\u0401"}, {"K", "\u212A"}, {"\u00C5", "\u212B"}, {"i", "\u0130"}, {"\u0131", "I"}};
        for (String[] p : pairs) {
            System.out.println("cmp " + p[0] + " " + p[1] + ": ignoreCase=" + Integer.signum(p[0].compareToIgnoreCase(p[1]))
                    + " equalsIgnoreCase=" + p[0].equalsIgnoreCase(p[1]) + " compareTo=" + Integer.signum(p[0].compareTo(p[1]))
                    + " order=" + Integer.signum(String.CASE_INSENSITIVE_ORDER.compare(p[1], p[0])));
        }
        StringBuilder cases = new StringBuilder("char cases:");
        for (int cp : new int[] {0xB5, 0xDF, 0xFF, 0x130, 0x131, 0x17F, 0x1C5, 0x3C2, 0x3F4, 0x1E9E, 0x2126, 0x212A, 0x10400, 0x10428}) {
            cases.append(' ').append(Integer.toHexString(cp)).append('>').append(Integer.toHexString(Character.toUpperCase(cp)))
                    .append('/').append(Integer.toHexString(Character.toLowerCase(cp)));
        }
        System.out.println(cases);
        System.out.println("deseret " + hex("\uD801\uDC00\uD801\uDC28".toUpperCase(Locale.ROOT)) + " "
                + hex("\uD801\uDC00\uD801\uDC28".toLowerCase(Locale.ROOT)) + " " + "\uD801\uDC00".equalsIgnoreCase("\uD801\uDC28"));
        String plain = "already lower";
        System.out.println("identity " + (plain.toLowerCase(Locale.ROOT).equals(plain)) + " " + "MiXeD".toLowerCase(Locale.ROOT)
                + " " + "MiXeD".toUpperCase(Locale.ROOT) + " " + "".toUpperCase(Locale.ROOT).isEmpty());
    }

    private static String hex(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> b.append(Integer.toHexString(cp)).append('.'));
        return b.toString();
    }
}
