package org.torito.guest.runtime.collections;

import java.util.Random;
import org.torito.guest.runtime.ClasslibAccess;

/**
 * Random.nextInt(bound) by the algorithm Random's specification gives, so a seeded Random
 * (and Collections.shuffle with it) yields the JDK's sequence. TeaVM 0.15's Random inherits
 * a default nextInt(bound) that maps the generator's output differently; the image pipeline
 * adds this as Random's own method (org.torito.boot.teavm.classlib.CollectionFixes).
 */
public final class RandomBounds {

    private RandomBounds() {
    }

    public static int nextInt(Random random, int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        int r = ClasslibAccess.next(random, 31);
        int m = bound - 1;
        if ((bound & m) == 0) {
            // A power of two: the high bits, which are the better ones of a linear congruence.
            return (int) ((bound * (long) r) >> 31);
        }
        // Reject the values of the last, partial run of `bound` so each result is equally likely.
        for (int u = r; u - (r = u % bound) + m < 0; u = ClasslibAccess.next(random, 31)) {
            // draw again
        }
        return r;
    }
}
