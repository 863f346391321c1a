package org.torito.guest.runtime;

/**
 * The lexicographic order of char sequences that Java 11 gave CharSequence.compare and
 * StringBuilder/StringBuffer (Comparable since then): the first differing char decides by its
 * difference, else the shorter is less by the difference of the lengths. TeaVM 0.15 has none of
 * them; the image pipeline adds them (org.torito.boot.teavm.classlib.TextFixes), including the
 * Comparable interface, so sorting builders by natural order works too.
 */
public final class CharSequenceOrder {

    private CharSequenceOrder() {
    }

    public static int compare(CharSequence a, CharSequence b) {
        if (a == null || b == null) {
            throw new NullPointerException();
        }
        if (a == b) {
            return 0;
        }
        int common = Math.min(a.length(), b.length());
        for (int i = 0; i < common; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    public static int compareTo(StringBuilder self, StringBuilder other) {
        return compare(self, other);
    }

    /** Comparable's erased method, which sorting calls. */
    public static int compareTo(StringBuilder self, Object other) {
        return compare(self, (StringBuilder) other);
    }

    public static int compareTo(StringBuffer self, StringBuffer other) {
        return compare(self, other);
    }

    public static int compareTo(StringBuffer self, Object other) {
        return compare(self, (StringBuffer) other);
    }
}
