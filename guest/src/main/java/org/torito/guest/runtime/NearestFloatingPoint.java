package org.torito.guest.runtime;

import java.math.BigDecimal;

/**
 * An exact decimal rounded to the nearest double or float, ties to an even significand: the
 * one rounding IEEE 754 asks for, found by comparing the value with the midpoints to the
 * neighbours of a first guess, so it does not depend on the class library's own conversions
 * (TeaVM 0.15's BigDecimal.doubleValue and parseDouble are off by an ulp on some inputs).
 * Parsing (FloatingPointParsing) and Math.fma (MathFixes) round through here.
 */
public final class NearestFloatingPoint {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private NearestFloatingPoint() {
    }

    /** The double nearest {@code value}, ties to even; past the largest finite one, infinity (of its sign). */
    public static double toDouble(BigDecimal value) {
        if (value.signum() < 0) {
            return -toDouble(value.negate());
        }
        long guess = Double.doubleToRawLongBits(Math.min(value.doubleValue(), Double.MAX_VALUE));
        long bits = nearest(value, guess, 0x7FEFFFFFFFFFFFFFL, b -> new BigDecimal(Double.longBitsToDouble(b)));
        return Double.longBitsToDouble(bits);
    }

    /** The float nearest {@code value}, rounded once (not through a double). */
    public static float toFloat(BigDecimal value) {
        if (value.signum() < 0) {
            return -toFloat(value.negate());
        }
        float approximate = (float) Math.min(value.doubleValue(), Float.MAX_VALUE);
        long bits = nearest(value, Float.floatToRawIntBits(approximate), 0x7F7FFFFFL,
                b -> new BigDecimal(Float.intBitsToFloat((int) b)));
        return Float.intBitsToFloat((int) bits);
    }

    /** The exact value of the non-negative finite floating-point number with these bits. */
    private interface Exact {
        BigDecimal of(long bits);
    }

    /**
     * The bits of the floating-point number nearest {@code value} (ties to an even significand;
     * past the largest finite one by half an ulp, infinity, whose bits follow it). Positive
     * numbers order as their bits do, so this brackets {@code value} from the first guess
     * (the class library's conversion, near but not always right) and bisects.
     */
    private static long nearest(BigDecimal value, long guess, long maxFinite, Exact exact) {
        if (value.signum() == 0) {
            return 0;
        }
        guess = Math.max(0, Math.min(guess, maxFinite));
        long low;
        long high;
        if (exact.of(guess).compareTo(value) <= 0) {
            low = guess;
            long step = 1;
            high = low + step;
            while (high <= maxFinite && exact.of(high).compareTo(value) <= 0) {
                low = high;
                step *= 2;
                high = Math.min(low + step, maxFinite + 1);
            }
        } else {
            high = guess;
            long step = 1;
            low = high - step;
            while (low > 0 && exact.of(low).compareTo(value) > 0) {
                high = low;
                step *= 2;
                low = Math.max(high - step, 0);
            }
        }
        // Now exact(low) <= value < exact(high), where high may be the infinity after maxFinite.
        while (high - low > 1) {
            long middle = low + (high - low) / 2;
            if (exact.of(middle).compareTo(value) <= 0) {
                low = middle;
            } else {
                high = middle;
            }
        }
        BigDecimal lowValue = exact.of(low);
        BigDecimal ulp = low == maxFinite ? lowValue.subtract(exact.of(low - 1)) : exact.of(low + 1).subtract(lowValue);
        int side = value.compareTo(lowValue.add(ulp.divide(TWO)));
        if (side < 0 || (side == 0 && (low & 1) == 0)) {
            return low;
        }
        return low + 1;
    }
}
