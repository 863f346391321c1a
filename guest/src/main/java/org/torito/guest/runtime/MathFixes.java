package org.torito.guest.runtime;

import org.teavm.interop.Import;

/**
 * Replacements for java.lang.Math methods whose TeaVM 0.15 versions differ from the JDK's
 * (installed by org.torito.boot.teavm.classlib.ClasslibFixes).
 */
public final class MathFixes {

    private static final double TWO_52 = 0x1p52;
    /** 10^0 .. 10^22: every power of ten a double holds exactly. */
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

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

    /**
     * Java promises log10(10^n) == n; the platform's libm (musl) is within 1 ulp but gives
     * 2.9999999999999996 for 1000. Exact powers of ten get their exponent; everything else
     * is libm's.
     */
    public static double log10(double a) {
        if (a >= 1 && a <= 1e22 && a == Math.rint(a)) {
            int n = (int) Math.floor(libmLog10(a) + 0.5);
            if (n >= 0 && n < POWERS_OF_TEN.length && POWERS_OF_TEN[n] == a) {
                return n;
            }
        }
        return libmLog10(a);
    }

    @Import(name = "log10")
    private static native double libmLog10(double a);
}
