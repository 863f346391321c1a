package org.torito.guest.runtime;

/**
 * String.equalsIgnoreCase and compareToIgnoreCase as the JDK compares: two code points match
 * when they are equal, when their upper cases are, or when the lower cases of those are
 * ("\u03C2" and "\u03A3", "\u0131" and "I", "\u00B5" and "\u039C"); supplementary letters by code
 * point. TeaVM 0.15 compared one direction, char by char. The image pipeline installs these
 * (org.torito.boot.teavm.classlib.TextFixes); String.CASE_INSENSITIVE_ORDER compares through
 * compareToIgnoreCase.
 */
public final class IgnoreCase {

    private IgnoreCase() {
    }

    public static boolean equalsIgnoreCase(String self, String other) {
        return self == other || other != null && self.length() == other.length() && compare(self, other) == 0;
    }

    public static int compareToIgnoreCase(String self, String other) {
        return compare(self, other);
    }

    private static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                int upperX = Character.toUpperCase(x);
                int upperY = Character.toUpperCase(y);
                if (upperX != upperY) {
                    int lowerX = Character.toLowerCase(upperX);
                    int lowerY = Character.toLowerCase(upperY);
                    if (lowerX != lowerY) {
                        return lowerX - lowerY;
                    }
                }
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return (a.length() - i) - (b.length() - j);
    }
}
