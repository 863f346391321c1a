package org.torito.guest.runtime.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The digits java.text.DecimalFormat shows for a non-negative finite double in a pattern without
 * an exponent, as the JDK's DigitList works them out: from the decimal Double.toString would
 * start from (not the exact binary value: 0.1 with "0.0" and RoundingMode.UP stays 0.1), cut at
 * the maximum fraction digits, and, where the cut leaves exactly a 5, the double's exact value
 * decides: 7.135 is 7.13499999999999978... in binary, so HALF_EVEN, HALF_UP and HALF_DOWN all
 * give 7.13, while 0.125 is exact and gives 0.12 under HALF_EVEN. TeaVM 0.15 rounded the decimal
 * as if it were exact (7.14).
 *
 * <p>Integral doubles below 2^63 take the digits of the integer, the last one or two dropped
 * (rounded half-up) from 2^58 on, as the JDK's FloatingDecimal does.
 */
final class DoubleDigitList {
    /** 2^53: below it every integer is a double. */
    private static final double EXACT_INTEGERS = 0x1p53;
    /** FloatingDecimal's insignificantDigitsNumber, by binary exponent minus 54. */
    private static final int[] INSIGNIFICANT_DIGITS = {0, 0, 0, 0, 1, 1, 1, 2, 2};
    /** A short decimal is found without BigDecimal up to this many fraction digits. */
    private static final int SHORT_FRACTION_DIGITS = 9;

    /** The significant digits, '0' to '9'; only the first {@code count} are meant. */
    final char[] digits = new char[24];
    int count;
    /** Where the decimal point is: the number of digits before it (negative for 0.00123). */
    int decimalAt;
    private final double value;
    private final boolean negative;
    private final RoundingMode mode;
    /** The digits compared with the double's exact value, worked out only for a tie: -1, 0, 1. */
    private int againstExact = 2;

    private DoubleDigitList(double value, boolean negative, RoundingMode mode) {
        this.value = value;
        this.negative = negative;
        this.mode = mode;
    }

    /**
     * The digits of {@code value} (non-negative, finite) rounded to {@code maximumFractionDigits}
     * with {@code mode}; {@code negative} is the sign of the number being formatted, which
     * CEILING and FLOOR depend on.
     */
    static DoubleDigitList rounded(double value, boolean negative, int maximumFractionDigits, RoundingMode mode) {
        DoubleDigitList list = new DoubleDigitList(value, negative, mode);
        list.setDigits();
        list.roundFraction(maximumFractionDigits);
        return list;
    }

    boolean isZero() {
        return !nonZeroFrom(0);
    }

    private void setDigits() {
        if (value == 0) {
            return;
        }
        if (value == Math.rint(value) && value < 0x1p63) {
            long integer = (long) value;
            int exponent = Math.getExponent(value);
            int drop = exponent > 55 ? INSIGNIFICANT_DIGITS[exponent - 54] : 0;
            for (int i = 0; i < drop; i++) {
                long digit = integer % 10;
                integer /= 10;
                if (i == drop - 1 && digit >= 5) {
                    integer++;
                }
            }
            setDigits(Long.toString(integer), drop);
            return;
        }
        if (value < EXACT_INTEGERS) {
            // The fewest fraction digits k whose integer m has m / 10^k == value: one correctly
            // rounded division proves that "m e-k" reads back, with no BigDecimal.
            double scale = 1;
            for (int k = 1; k <= SHORT_FRACTION_DIGITS; k++) {
                scale *= 10;
                double scaled = Math.rint(value * scale);
                if (scaled >= EXACT_INTEGERS) {
                    break;
                }
                if (scaled / scale == value) {
                    setDigits(Long.toString((long) scaled), -k);
                    return;
                }
            }
        }
        BigDecimal shortest = DecimalDigits.of(value);
        setDigits(shortest.unscaledValue().toString(), -shortest.scale());
    }

    /** {@code text} times 10^{@code exponent}, without the trailing zeros. */
    private void setDigits(String text, int exponent) {
        int length = text.length();
        while (length > 1 && text.charAt(length - 1) == '0') {
            length--;
            exponent++;
        }
        text.getChars(0, length, digits, 0);
        count = length;
        decimalAt = length + exponent;
    }

    /** DigitList.set's fixed-point part. */
    private void roundFraction(int maximumFractionDigits) {
        if (count == 0) {
            decimalAt = 0;
            return;
        }
        if (-decimalAt > maximumFractionDigits) {
            // Zero whatever the mode: the JDK does not look at the digits (0.0009 UP to "0.00").
            count = 0;
            return;
        }
        if (-decimalAt == maximumFractionDigits) {
            if (shouldRoundUp(0)) {
                count = 1;
                ++decimalAt;
                digits[0] = '1';
            } else {
                count = 0;
            }
            return;
        }
        int maximumDigits = maximumFractionDigits + decimalAt;
        if (maximumDigits >= 0 && maximumDigits < count) {
            if (shouldRoundUp(maximumDigits)) {
                maximumDigits = roundUp(maximumDigits);
            }
            count = maximumDigits;
            while (count > 1 && digits[count - 1] == '0') {
                --count;
            }
        }
    }

    private boolean shouldRoundUp(int maximumDigits) {
        if (maximumDigits >= count) {
            return false;
        }
        switch (mode) {
            case UP:
                return nonZeroFrom(maximumDigits);
            case DOWN:
                return false;
            case CEILING:
                return nonZeroFrom(maximumDigits) && !negative;
            case FLOOR:
                return nonZeroFrom(maximumDigits) && negative;
            case UNNECESSARY:
                if (nonZeroFrom(maximumDigits)) {
                    throw new ArithmeticException(
                            "Rounding needed with the rounding mode being set to RoundingMode.UNNECESSARY");
                }
                return false;
            default:
                break;
        }
        char digit = digits[maximumDigits];
        if (digit != '5') {
            return digit > '5';
        }
        if (maximumDigits < count - 1) {
            return nonZeroFrom(maximumDigits + 1);
        }
        // Exactly a 5 after the cut: the binary value is above, below or on the tie.
        int order = againstExact();
        if (order == 0) {
            return mode == RoundingMode.HALF_UP
                    || mode == RoundingMode.HALF_EVEN && maximumDigits > 0 && (digits[maximumDigits - 1] - '0') % 2 != 0;
        }
        return order < 0;
    }

    /** Sign of (these digits - the exact value): positive where the decimal is above the double. */
    private int againstExact() {
        if (againstExact == 2) {
            BigDecimal decimal = new BigDecimal(new String(digits, 0, count)).scaleByPowerOfTen(decimalAt - count);
            againstExact = decimal.compareTo(new BigDecimal(value));
        }
        return againstExact;
    }

    /** Adds one at digit {@code maximumDigits - 1}; the new count (a carry out of 9.99 gives 1, one place up). */
    private int roundUp(int maximumDigits) {
        do {
            --maximumDigits;
            if (maximumDigits < 0) {
                digits[0] = '1';
                ++decimalAt;
                maximumDigits = 0;
                break;
            }
            ++digits[maximumDigits];
        } while (digits[maximumDigits] > '9');
        return maximumDigits + 1;
    }

    private boolean nonZeroFrom(int index) {
        for (int i = index; i < count; i++) {
            if (digits[i] != '0') {
                return true;
            }
        }
        return false;
    }
}
