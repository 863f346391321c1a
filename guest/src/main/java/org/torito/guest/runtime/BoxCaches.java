package org.torito.guest.runtime;

/**
 * Long.valueOf with the cache of -128..127 that Java specifies for boxing ({@code Long a = 127L,
 * b = 127L; a == b} is true); the image pipeline installs it
 * (org.torito.boot.teavm.classlib.NumberFixes). TeaVM 0.15 made a new Long each time.
 */
public final class BoxCaches {
    private static final Long[] LONGS = new Long[256];

    private BoxCaches() {
    }

    @SuppressWarnings("removal") // the constructor is the one way to make a Long here: valueOf is this method
    public static Long valueOf(long value) {
        if (value < -128 || value > 127) {
            return new Long(value);
        }
        int index = (int) value + 128;
        Long cached = LONGS[index];
        if (cached == null) {
            cached = new Long(value);
            LONGS[index] = cached;
        }
        return cached;
    }
}
