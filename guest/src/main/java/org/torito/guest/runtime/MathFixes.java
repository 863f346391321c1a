package org.torito.guest.runtime;

/**
 * Replacements for java.lang.Math methods whose TeaVM 0.15 versions differ from the JDK's
 * (installed by org.torito.boot.teavm.ClasslibFixes).
 */
public final class MathFixes {

    private static final double TWO_52 = 0x1p52;

    private MathFixes() {
    }

    /** TeaVM's rint loses the sign of -0.0 and of negative values that round to zero. */
    public static double rint(double a) {
        double magnitude = Math.abs(a);
        if (!(magnitude < TWO_52)) {
            return a; // NaN, infinite, or already an integer
        }
        // Adding and subtracting 2^52 rounds to an integer, half to even (the FPU's mode).
        double rounded = (magnitude + TWO_52) - TWO_52;
        return Math.copySign(rounded, a);
    }

    /**
     * Java's round is floor(a + 1/2) computed exactly; TeaVM's rounds halves away from zero
     * (round(-1.5) gave -2) and rounds 0.49999999999999994 up. a - floor(a) is exact here.
     */
    public static long round(double a) {
        if (a != a) {
            return 0;
        }
        double floor = Math.floor(a);
        long result = (long) floor; // saturating (FloatConversion)
        return a - floor >= 0.5 ? result + 1 : result;
    }

    public static int round(float a) {
        if (a != a) {
            return 0;
        }
        float floor = (float) Math.floor(a);
        int result = (int) floor;
        return a - floor >= 0.5f ? result + 1 : result;
    }

    /** TeaVM's ulp(1.0) was far off; the distance to the next double up is exact. */
    public static double ulp(double d) {
        double magnitude = Math.abs(d);
        if (magnitude != magnitude || magnitude == Double.POSITIVE_INFINITY) {
            return magnitude;
        }
        if (magnitude == Double.MAX_VALUE) {
            return 0x1p971;
        }
        return Double.longBitsToDouble(Double.doubleToRawLongBits(magnitude) + 1) - magnitude;
    }

    public static float ulp(float f) {
        float magnitude = Math.abs(f);
        if (magnitude != magnitude || magnitude == Float.POSITIVE_INFINITY) {
            return magnitude;
        }
        if (magnitude == Float.MAX_VALUE) {
            return 0x1p104f;
        }
        return Float.intBitsToFloat(Float.floatToRawIntBits(magnitude) + 1) - magnitude;
    }
}
