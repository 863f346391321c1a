package org.torito.guest.runtime;

import java.math.BigDecimal;
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

    /** {@code Math.powerOfTwoD(n)}, 2^n for a normal exponent: the JDK's fdlibm port calls it. */
    public static double powerOfTwoD(int n) {
        return Double.longBitsToDouble((long) (n + 1023) << 52);
    }

    /** pi / 180 as one double: the JDK multiplies by it, rounding once, where TeaVM divided after. */
    private static final double DEGREES_TO_RADIANS = 0.017453292519943295;
    /** 180 / pi as one double. */
    private static final double RADIANS_TO_DEGREES = 57.29577951308232;

    public static double toRadians(double degrees) {
        return degrees * DEGREES_TO_RADIANS;
    }

    public static double toDegrees(double radians) {
        return radians * RADIANS_TO_DEGREES;
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

    /**
     * Java's pow is C's except where Java says NaN: a NaN exponent (C: pow(1, NaN) = 1) and
     * ±1 to an infinite power (C: 1).
     */
    public static double pow(double x, double y) {
        if (y == 0) {
            return 1.0;
        }
        if (y != y || x != x || (Double.isInfinite(y) && Math.abs(x) == 1.0)) {
            return Double.NaN;
        }
        return libmPow(x, y);
    }

    /**
     * TeaVM's cbrt was pow(a, 1/3): one ulp off for perfect cubes (cbrt(64) = 3.9999999999999996),
     * and so is glibc's cbrt. The libm's answer is within an ulp; of it and its two neighbours,
     * the one whose cube is nearest {@code a} (exactly, in BigDecimal) is the rounded root, which
     * is exact for every perfect cube, as Java's StrictMath is.
     */
    public static double cbrt(double a) {
        double root = libmCbrt(a);
        if (root == 0 || Double.isNaN(root) || Double.isInfinite(root)) {
            return root;
        }
        BigDecimal target = new BigDecimal(a);
        double best = root;
        BigDecimal bestError = cubeError(root, target);
        for (double candidate : new double[] {Math.nextDown(root), Math.nextUp(root)}) {
            BigDecimal error = cubeError(candidate, target);
            if (error.compareTo(bestError) < 0) {
                best = candidate;
                bestError = error;
            }
        }
        return best;
    }

    private static BigDecimal cubeError(double root, BigDecimal target) {
        BigDecimal exact = new BigDecimal(root);
        return exact.multiply(exact).multiply(exact).subtract(target).abs();
    }

    /** TeaVM's hypot was sqrt(x*x + y*y): infinite for hypot(1e300, 0), NaN for hypot(NaN, inf). */
    public static double hypot(double x, double y) {
        return libmHypot(x, y);
    }

    /** TeaVM's scalb overflowed its exponent and rounded subnormal results wrongly; scalbn is exact. */
    public static double scalb(double d, int scaleFactor) {
        return libmScalbn(d, scaleFactor);
    }

    public static float scalb(float f, int scaleFactor) {
        return libmScalbnf(f, scaleFactor);
    }

    /** TeaVM's nextAfter ignored a NaN direction. */
    public static double nextAfter(double start, double direction) {
        return libmNextafter(start, direction);
    }

    public static float nextAfter(float start, double direction) {
        if (direction != direction) {
            return Float.NaN;
        }
        return libmNextafterf(start, (float) direction == direction ? (float) direction
                : direction > start ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY);
    }

    @Import(name = "pow")
    private static native double libmPow(double x, double y);

    @Import(name = "cbrt")
    private static native double libmCbrt(double a);

    @Import(name = "hypot")
    private static native double libmHypot(double x, double y);

    @Import(name = "scalbn")
    private static native double libmScalbn(double d, int n);

    @Import(name = "scalbnf")
    private static native float libmScalbnf(float f, int n);

    @Import(name = "nextafter")
    private static native double libmNextafter(double start, double direction);

    @Import(name = "nextafterf")
    private static native float libmNextafterf(float start, float direction);
}
