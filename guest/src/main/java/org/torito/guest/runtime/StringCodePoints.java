package org.torito.guest.runtime;

import java.util.stream.IntStream;

/**
 * String.codePoints for images (org.torito.boot.teavm.classlib.ClasslibFixes): TeaVM 0.15's stream
 * counts a surrogate pair as two code points ({@code "\uD83D\uDE00".codePoints().count()} was
 * 2), though it yields the pair as one. This one is a stream over the code points themselves.
 */
public final class StringCodePoints {

    private StringCodePoints() {
    }

    public static IntStream codePoints(String text) {
        int[] points = new int[text.codePointCount(0, text.length())];
        for (int i = 0, at = 0; at < points.length; at++) {
            int point = text.codePointAt(i);
            points[at] = point;
            i += Character.charCount(point);
        }
        return IntStream.of(points);
    }
}
