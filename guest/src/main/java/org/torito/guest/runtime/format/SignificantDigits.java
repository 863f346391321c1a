package org.torito.guest.runtime.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding a BigDecimal to a number of significant digits without BigDecimal.round(MathContext)
 * or precision(): with them, %e of 12345.678 printed 1.234567e+04 under TeaVM 0.15 (Apache
 * Harmony's BigDecimal), a digit cut instead of rounded (program StringFormat). setScale, which
 * rounds at a decimal place, gives HotSpot's answers, so this counts the digits itself.
 */
final class SignificantDigits {

    private SignificantDigits() {
    }

    /** The number of digits of {@code value}'s unscaled value (1 for zero). */
    static int count(BigDecimal value) {
        return value.unscaledValue().abs().toString().length();
    }

    /** The decimal exponent of the first significant digit: 2 for 123.4, -3 for 0.00123. */
    static int exponent(BigDecimal value) {
        return count(value) - value.scale() - 1;
    }

    /** {@code value} rounded to {@code digits} significant digits. */
    static BigDecimal round(BigDecimal value, int digits, RoundingMode mode) {
        int drop = count(value) - digits;
        if (drop <= 0) {
            return value;
        }
        BigDecimal rounded = value.setScale(value.scale() - drop, mode);
        if (count(rounded) > digits) {
            // A carry (9.99 to 10.0) made one digit more; the last one is a zero, dropped exactly.
            rounded = rounded.setScale(rounded.scale() - 1, RoundingMode.UNNECESSARY);
        }
        return rounded;
    }
}
