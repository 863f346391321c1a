package org.torito.difftest.programs;

/** Character's surrogate and code point methods: toChars, charCount, codePointAt/Before, surrogates. */
public final class CharacterCodePoints {
    private CharacterCodePoints() {
    }

    public static void main(String[] args) {
        int[] cps = {0, 0x41, 0xE9, 0x3A9, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFF, 0x10000, 0x1F600,
            0x10FFFF};
        for (int cp : cps) {
            char[] chars = Character.toChars(cp);
            StringBuilder line = new StringBuilder(Integer.toHexString(cp)).append(": count=").append(Character.charCount(cp))
                    .append(" len=").append(chars.length).append(" chars=");
            for (char c : chars) {
                line.append(Integer.toHexString(c)).append(',');
            }
            line.append(" valid=").append(Character.isValidCodePoint(cp)).append(" bmp=").append(Character.isBmpCodePoint(cp))
                    .append(" supp=").append(Character.isSupplementaryCodePoint(cp));
            if (cp >= 0x10000) {
                char hi = Character.highSurrogate(cp);
                char lo = Character.lowSurrogate(cp);
                line.append(" hi=").append(Integer.toHexString(hi)).append(" lo=").append(Integer.toHexString(lo))
                        .append(" back=").append(Integer.toHexString(Character.toCodePoint(hi, lo)))
                        .append(" pair=").append(Character.isSurrogatePair(hi, lo)).append(" rev=")
                        .append(Character.isSurrogatePair(lo, hi));
            }
            if (cp <= 0xFFFF) {
                char c = (char) cp;
                line.append(" sur=").append(Character.isSurrogate(c)).append(" high=").append(Character.isHighSurrogate(c))
                        .append(" low=").append(Character.isLowSurrogate(c));
            }
            System.out.println(line);
        }
        char[] buf = new char[4];
        System.out.println("toChars(into) " + Character.toChars(0x1F600, buf, 1) + " " + Character.toChars('x', buf, 0)
                + " " + Integer.toHexString(buf[0]) + " " + Integer.toHexString(buf[1]) + " " + Integer.toHexString(buf[2]));
        for (int bad : new int[] {-1, 0x110000, Integer.MIN_VALUE}) {
            try {
                System.out.println(Character.toChars(bad).length);
            } catch (IllegalArgumentException e) {
                System.out.println("toChars(" + bad + "): " + e.getClass().getName());
            }
            System.out.println("valid(" + bad + ")=" + Character.isValidCodePoint(bad));
        }
        // Paired, lone high, lone low, reversed pair, and a pair at the end of the array.
        String s = "a\uD83D\uDE00b\uD800c\uDC00\uDC00\uD800\uD835\uDFCE";
        char[] arr = s.toCharArray();
        StringBuilder at = new StringBuilder("at:");
        StringBuilder before = new StringBuilder("before:");
        for (int i = 0; i < s.length(); i++) {
            at.append(' ').append(Integer.toHexString(s.codePointAt(i))).append('/')
                    .append(Integer.toHexString(Character.codePointAt(arr, i)));
            before.append(' ').append(Integer.toHexString(s.codePointBefore(i + 1))).append('/')
                    .append(Integer.toHexString(Character.codePointBefore(arr, i + 1)));
        }
        System.out.println(at);
        System.out.println(before);
        // The limit stops a pair from being joined across it.
        System.out.println("limits " + Integer.toHexString(Character.codePointAt(arr, 1, 2)) + " "
                + Integer.toHexString(Character.codePointAt(arr, 1, 3)) + " "
                + Integer.toHexString(Character.codePointBefore(arr, 3, 2)) + " "
                + Integer.toHexString(Character.codePointBefore(arr, 3, 1)));
        System.out.println("counts " + s.codePointCount(0, s.length()) + " " + Character.codePointCount(arr, 0, arr.length)
                + " " + s.codePointCount(1, 2) + " " + s.offsetByCodePoints(0, 3) + " " + s.offsetByCodePoints(s.length(), -2)
                + " " + Character.offsetByCodePoints(arr, 0, arr.length, 0, 4));
        StringBuilder cpList = new StringBuilder("codePoints:");
        s.codePoints().forEach(cp -> cpList.append(' ').append(Integer.toHexString(cp)));
        System.out.println(cpList);
        StringBuilder charList = new StringBuilder("chars:");
        s.chars().forEach(c -> charList.append(' ').append(Integer.toHexString(c)));
        System.out.println(charList);
        try {
            System.out.println(s.codePointAt(s.length()));
        } catch (IndexOutOfBoundsException e) {
            System.out.println("codePointAt(len): IndexOutOfBounds");
        }
        try {
            System.out.println(s.codePointBefore(0));
        } catch (IndexOutOfBoundsException e) {
            System.out.println("codePointBefore(0): IndexOutOfBounds");
        }
        // Character.toString(int) is missing from TeaVM 0.15's class library (build fails).
        System.out.println("toString(int) " + new String(Character.toChars(0x1F600)).length() + " " + String.valueOf(Character.toChars(0x41)));
    }
}
