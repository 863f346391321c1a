package org.torito.guest.runtime;

import java.math.BigDecimal;

/**
 * Math methods built on an exact product, which TeaVM 0.15 lacks (a program calling them did
 * not build): {@code fma}, {@code multiplyHigh}, {@code unsignedMultiplyHigh}. The image
 * pipeline adds them to java.lang.Math (org.torito.boot.teavm.classlib.NumberFixes).
 */
public final class ExactProducts {

    private ExactProducts() {
    }

    /** a × b + c rounded once: exact in BigDecimal for finite operands, IEEE 754's rules otherwise. */
    public static double fma(double a, double b, double c) {
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c)) {
            return Double.NaN;
        }
        boolean infiniteOperand = Double.isInfinite(a) || Double.isInfinite(b);
        if (infiniteOperand || Double.isInfinite(c)) {
            if (Double.isInfinite(a) && b == 0 || Double.isInfinite(b) && a == 0) {
                return Double.NaN;
            }
            double product = a * b;
            // A finite product that overflowed in double must not meet an infinite c of the
            // other sign as inf - inf: exactly, the product is finite and c wins.
            return Double.isInfinite(product) && !infiniteOperand ? c : product + c;
        }
        if (a == 0 || b == 0) {
            // An exact zero product: the sign of the zero sum follows IEEE 754, as in a * b + c.
            return a * b + c;
        }
        BigDecimal product = new BigDecimal(a).multiply(new BigDecimal(b));
        BigDecimal sum = c == 0 ? product : product.add(new BigDecimal(c));
        return sum.signum() == 0 ? 0.0 : NearestFloatingPoint.toDouble(sum);
    }

    /** The float version, rounded once to float (not through a double). */
    public static float fma(float a, float b, float c) {
        if (Float.isFinite(a) && Float.isFinite(b) && Float.isFinite(c)) {
            if (a == 0 || b == 0) {
                return a * b + c;
            }
            // The product of two floats is exact in a double.
            BigDecimal sum = new BigDecimal((double) a * (double) b).add(new BigDecimal(c));
            return sum.signum() == 0 ? 0.0f : NearestFloatingPoint.toFloat(sum);
        }
        // A non-finite result is the same in double and float arithmetic.
        return (float) fma((double) a, (double) b, (double) c);
    }

    /** The high 64 bits of the 128-bit signed product, from four 32-bit partial products. */
    public static long multiplyHigh(long x, long y) {
        long x1 = x >> 32;
        long x0 = x & 0xFFFFFFFFL;
        long y1 = y >> 32;
        long y0 = y & 0xFFFFFFFFL;
        long low = x0 * y0;
        long t = x1 * y0 + (low >>> 32);
        long middle = (t & 0xFFFFFFFFL) + x0 * y1;
        return x1 * y1 + (t >> 32) + (middle >> 32);
    }

    /** The unsigned version: the signed one corrected by each negative operand's 2^64 bias. */
    public static long unsignedMultiplyHigh(long x, long y) {
        long high = multiplyHigh(x, y);
        return high + (y & (x >> 63)) + (x & (y >> 63));
    }
}
