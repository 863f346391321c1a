package org.torito.guest.runtime;

/**
 * Java's float/double to int/long conversion: NaN gives 0, out-of-range values saturate. TeaVM
 * 0.15's C backend emits a plain C cast, which is undefined for those values (x86 gives
 * MIN_VALUE: (int) 1e10 was -2147483648). The image pipeline turns every such cast into a call
 * here (org.torito.boot.teavm.FloatConversionTransformer); the comparisons keep the C casts
 * below in range.
 */
public final class FloatConversion {

    private FloatConversion() {
    }

    public static int doubleToInt(double d) {
        if (d != d) {
            return 0;
        }
        if (d >= 0x1p31) {
            return Integer.MAX_VALUE;
        }
        if (d <= -0x1p31) {
            return Integer.MIN_VALUE;
        }
        return (int) d;
    }

    public static long doubleToLong(double d) {
        if (d != d) {
            return 0;
        }
        if (d >= 0x1p63) {
            return Long.MAX_VALUE;
        }
        if (d <= -0x1p63) {
            return Long.MIN_VALUE;
        }
        return (long) d;
    }

    public static int floatToInt(float f) {
        return doubleToInt(f);
    }

    public static long floatToLong(float f) {
        return doubleToLong(f);
    }
}
