package org.torito.guest.runtime;

/**
 * Character.isBmpCodePoint and Character.codePointCount(char[], ...) as specified; the image
 * pipeline installs them (org.torito.boot.teavm.classlib.TextFixes). TeaVM 0.15 said U+0000 is
 * not in the Basic Multilingual Plane, and counted a surrogate pair in a char array as two.
 */
public final class CodePointCounts {

    private CodePointCounts() {
    }

    public static boolean isBmpCodePoint(int codePoint) {
        return codePoint >>> 16 == 0;
    }

    public static int codePointCount(char[] chars, int offset, int count) {
        if (count > chars.length - offset || offset < 0 || count < 0) {
            throw new IndexOutOfBoundsException();
        }
        int points = count;
        int end = offset + count - 1;
        for (int i = offset; i < end; i++) {
            if (Character.isHighSurrogate(chars[i]) && Character.isLowSurrogate(chars[i + 1])) {
                points--;
                i++;
            }
        }
        return points;
    }
}
