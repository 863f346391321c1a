package org.torito.difftest.programs;

/** StringBuilder edits that split, join or reorder surrogate pairs: replace and delete through half a pair, reverse with lone and reversed halves, insert between halves, and the code point views afterwards. */
public class StringBuilderSurrogateSplits {
    static String show(CharSequence s) {
        StringBuilder out = new StringBuilder("\"");
        for (int n = 0; n < s.length(); n++) {
            char c = s.charAt(n);
            if (c >= 0x20 && c < 0x7F) {
                out.append(c);
            } else {
                out.append("\\u").append(String.format(java.util.Locale.ROOT, "%04X", (int) c));
            }
        }
        return out.append("\" len ").append(s.length()).append(" cps ").append(Character.codePointCount(s, 0, s.length())).toString();
    }

    static void step(String what, StringBuilder sb) {
        System.out.println(what + " -> " + show(sb));
    }

    public static void main(String[] args) {
        String face = "\uD83D\uDE00";
        String gothic = "\uD800\uDF48";
        StringBuilder sb = new StringBuilder("a" + face + "b" + gothic + "c");
        step("start", sb);
        sb.replace(2, 5, "XY");
        step("replace(2, 5) through the low half of one pair and the high half of the next", sb);
        sb = new StringBuilder("a" + face + "b");
        sb.delete(1, 2);
        step("delete the high half", sb);
        sb.insert(1, '\uD83D');
        step("insert it back", sb);
        sb.deleteCharAt(2);
        step("deleteCharAt the low half", sb);
        sb.append('\uDE00');
        step("append a low half after b", sb);
        sb.reverse();
        step("reverse: lone halves stay as they are", sb);
        // A pair built from a reversed pair: reverse keeps valid pairs, so the halves stay reversed.
        sb = new StringBuilder().append('\uDE00').append('\uD83D').append("x").append(face);
        step("reversed halves then a pair", sb);
        sb.reverse();
        step("reverse", sb);
        sb.reverse();
        step("reverse again", sb);
        // Inserting between the halves of a pair splits it.
        sb = new StringBuilder(face + face);
        sb.insert(1, "-");
        step("insert between halves", sb);
        sb.setCharAt(2, '\uD83D');
        step("setCharAt turns a low half into a high one", sb);
        sb.deleteCharAt(1);
        step("deleteCharAt(1): two high halves, then a pair", sb);
        System.out.println("codePointAt " + Integer.toHexString(sb.codePointAt(0)) + " " + Integer.toHexString(sb.codePointAt(1))
                + " " + Integer.toHexString(sb.codePointAt(2)) + " before " + Integer.toHexString(sb.codePointBefore(3))
                + " " + Integer.toHexString(sb.codePointBefore(4)) + " offset " + sb.offsetByCodePoints(0, 2)
                + " " + sb.offsetByCodePoints(sb.length(), -2));
        // replace with a string longer, shorter, and past the end (the end is clipped to the length).
        sb = new StringBuilder("0123456789");
        sb.replace(3, 5, face + face + face);
        step("replace longer", sb);
        sb.replace(1, 9, gothic);
        step("replace shorter", sb);
        sb.replace(2, 100, "END");
        step("replace past the end", sb);
        sb.replace(sb.length(), sb.length(), "++");
        step("replace at the end", sb);
        try {
            sb.replace(sb.length() + 1, sb.length() + 2, "?");
        } catch (RuntimeException e) {
            System.out.println("replace after the end " + e.getClass().getName());
        }
        try {
            sb.replace(3, 2, "?");
        } catch (RuntimeException e) {
            System.out.println("replace start > end " + e.getClass().getName());
        }
        // chars() and codePoints() over a builder with pairs and lone halves.
        sb = new StringBuilder("x" + face + "\uD800y\uDC00" + gothic);
        System.out.println("chars " + java.util.Arrays.toString(sb.chars().toArray()));
        // codePoints().count() and appendCodePoint of an invalid code point are StringBuilderCodePointChecks' (known differences).
        System.out.println("codePoints " + java.util.Arrays.toString(sb.codePoints().toArray()));
        // appendCodePoint of every plane edge, then removing code points one by one from the end.
        sb = new StringBuilder();
        int[] cps = {0x41, 0xFFFF, 0x10000, 0x10FFFF, 0xD800, 0x1F600};
        for (int cp : cps) {
            sb.appendCodePoint(cp);
        }
        step("appendCodePoint", sb);
        while (sb.length() > 0) {
            int cp = sb.codePointBefore(sb.length());
            sb.setLength(sb.length() - Character.charCount(cp));
            System.out.print(Integer.toHexString(cp) + " ");
        }
        System.out.println();
        // Seeded edits on a string of pairs; the code point count and a hash after each batch.
        long state = 77;
        sb = new StringBuilder();
        for (int n = 0; n < 400; n++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            int pos = sb.length() == 0 ? 0 : (int) ((state >>> 33) % (sb.length() + 1));
            switch ((int) ((state >>> 60) & 7)) {
                case 0, 1, 2 -> sb.insert(pos, n % 2 == 0 ? face : gothic);
                case 3 -> sb.insert(pos, (char) ('a' + n % 26));
                case 4 -> sb.delete(pos, Math.min(sb.length(), pos + 3));
                case 5 -> sb.reverse();
                case 6 -> sb.replace(pos, Math.min(sb.length(), pos + 2), "~" + face);
                default -> sb.appendCodePoint(0x10000 + n);
            }
            if (n % 50 == 49) {
                System.out.println("batch " + n + " len " + sb.length() + " cps " + Character.codePointCount(sb, 0, sb.length()) + " hash "
                        + sb.toString().hashCode());
            }
        }
    }
}
