package org.torito.guest.runtime.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The decimal digits java.util.Formatter starts from for a double: the shortest decimal that
 * reads back as the same double (what Double.toString shows), not the double's exact binary
 * value. {@code %.1f} of 0.25 is "0.3" and of 1.005 {@code %.2f} is "1.01" in Java (half-up on
 * those digits), where C's printf, rounding the exact value, prints 0.2 and 1.00.
 *
 * <p>Found exactly with BigDecimal: the interval of decimals that round to the double is
 * bounded by the midpoints to its neighbours, and the answer is the fewest significant digits
 * whose nearest value falls in it. Slower than Ryu or Schubfach, and independent of the class
 * library's Double.toString and parseDouble, which are wrong for some values under TeaVM.
 */
final class DecimalDigits {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    /** A double needs at most 17 significant digits to read back. */
    private static final int MAX_DIGITS = 17;

    private DecimalDigits() {
    }

    /** The shortest decimal that reads back as {@code value}; finite and non-negative only. */
    static BigDecimal of(double value) {
        if (value == 0) {
            return BigDecimal.ZERO;
        }
        if (value == Math.rint(value) && value < 0x1p53) {
            return BigDecimal.valueOf((long) value);
        }
        // The neighbours from the bits: TeaVM's Math.nextUp and nextDown are not relied on.
        long bits = Double.doubleToRawLongBits(value);
        double next = Double.longBitsToDouble(bits + 1);
        return shortest(value, Double.longBitsToDouble(bits - 1), Double.isInfinite(next) ? Double.NaN : next,
                (bits & 1) == 0);
    }

    /** The same for a float: the shortest decimal that reads back as the same float. */
    static BigDecimal of(float value) {
        if (value == 0) {
            return BigDecimal.ZERO;
        }
        int bits = Float.floatToRawIntBits(value);
        float next = Float.intBitsToFloat(bits + 1);
        return shortest(value, Float.intBitsToFloat(bits - 1), Float.isInfinite(next) ? Double.NaN : next,
                (bits & 1) == 0);
    }

    /**
     * The shortest decimal strictly between the midpoints to {@code down} and {@code up} (or on
     * them if {@code even}); {@code up} is NaN above the largest finite value, where the gap
     * below stands for it.
     */
    private static BigDecimal shortest(double value, double down, double up, boolean even) {
        BigDecimal exact = new BigDecimal(value);
        BigDecimal below = exact.subtract(new BigDecimal(down)).divide(TWO);
        BigDecimal above = Double.isNaN(up) ? below : new BigDecimal(up).subtract(exact).divide(TWO);
        BigDecimal low = exact.subtract(below);
        BigDecimal high = exact.add(above);
        for (int n = 1; n <= MAX_DIGITS; n++) {
            BigDecimal candidate = SignificantDigits.round(exact, n, RoundingMode.HALF_EVEN);
            if (inside(candidate, low, high, even)) {
                if (n == 1) {
                    // Double.toString's rule: where one digit would do, the closest decimal of
                    // one or two digits (4.9E-324, not 5E-324, for Double.MIN_VALUE).
                    BigDecimal two = SignificantDigits.round(exact, 2, RoundingMode.HALF_EVEN);
                    if (inside(two, low, high, even)) {
                        return two.stripTrailingZeros();
                    }
                }
                return candidate.stripTrailingZeros();
            }
            // The nearest n-digit decimal can miss on the narrow side of a power of two while
            // its neighbour on the wide side still reads back.
            BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(-candidate.scale());
            BigDecimal other = candidate.compareTo(exact) < 0 ? candidate.add(step) : candidate.subtract(step);
            if (inside(other, low, high, even)) {
                return other.stripTrailingZeros();
            }
        }
        return SignificantDigits.round(exact, MAX_DIGITS, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    private static boolean inside(BigDecimal candidate, BigDecimal low, BigDecimal high, boolean even) {
        int fromLow = candidate.compareTo(low);
        int fromHigh = candidate.compareTo(high);
        return (fromLow > 0 || (even && fromLow == 0)) && (fromHigh < 0 || (even && fromHigh == 0));
    }
}
