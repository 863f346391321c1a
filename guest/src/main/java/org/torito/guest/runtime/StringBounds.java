package org.torito.guest.runtime;

/**
 * The JDK's argument checks of String methods whose TeaVM 0.15 checks throw another exception
 * or none; the image pipeline runs them before the method's own body
 * (org.torito.boot.teavm.classlib.ClasslibGuards).
 */
public final class StringBounds {

    private StringBounds() {
    }

    /** substring(begin, end) and so substring(begin): [begin, end) must lie within the string. */
    public static void checkRange(String text, int begin, int end) {
        int length = text.length();
        if (begin < 0 || begin > end || end > length) {
            throw new StringIndexOutOfBoundsException("Range [" + begin + ", " + end + ") out of bounds for length " + length);
        }
    }
}
