package org.torito.guest.runtime.format;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import org.torito.guest.runtime.ClasslibAccess;

/**
 * DecimalFormat.format(double, StringBuffer, FieldPosition) as the JDK's: TeaVM 0.15 rounded
 * the shortest decimal of the double as if it were the value (7.135 with "0.00" gave 7.14; the
 * JDK's 7.13 comes from the binary value 7.13499...), applied a percent or other multiplier to
 * the digits instead of to the double, and put the prefix and suffix around NaN. The digits are
 * {@link DoubleDigitList}'s, the layout is the JDK's subformat. The image pipeline
 * (org.torito.boot.teavm.classlib.TextFixes) routes TeaVM's method here.
 *
 * <p>A pattern with an exponent ("0.00E0") keeps TeaVM's layout and rounding, fed from the
 * shortest decimal. TeaVM keeps no maximum integer digits apart from the pattern's digit count,
 * so they are not applied (as before). Field positions are not reported (as before).
 */
public final class DecimalFormatDoubles {

    private DecimalFormatDoubles() {
    }

    public static StringBuffer format(DecimalFormat format, double value, StringBuffer buffer,
                                      FieldPosition position) {
        DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
        if (Double.isNaN(value)) {
            return buffer.append(symbols.getNaN());
        }
        int multiplier = format.getMultiplier();
        boolean negative = (value < 0 || value == 0 && 1 / value < 0) ^ multiplier < 0;
        double number = multiplier != 1 ? value * multiplier : value;
        if (Double.isInfinite(number)) {
            return buffer.append(prefix(format, negative)).append(symbols.getInfinity())
                    .append(suffix(format, negative));
        }
        if (ClasslibAccess.decimalExponentDigits(format) > 0) {
            formatExponent(format, value, buffer);
            return buffer;
        }
        DoubleDigitList digits = DoubleDigitList.rounded(Math.abs(number), negative,
                format.getMaximumFractionDigits(), format.getRoundingMode());
        buffer.append(prefix(format, negative));
        appendNumber(format, symbols, digits, buffer);
        return buffer.append(suffix(format, negative));
    }

    /** TeaVM's own exponent layout, which takes the digits and the decimal exponent of the first. */
    private static void formatExponent(DecimalFormat format, double value, StringBuffer buffer) {
        boolean positive = !(value < 0 || value == 0 && 1 / value < 0);
        BigDecimal shortest = DecimalDigits.of(Math.abs(value));
        long mantissa = shortest.unscaledValue().longValue();
        int exponent = mantissa == 0 ? 0 : SignificantDigits.exponent(shortest);
        ClasslibAccess.formatDecimalExponent(format, mantissa, exponent, positive, buffer);
    }

    /** The JDK's subformatNumber without exponent: integer digits, grouping, point, fraction. */
    private static void appendNumber(DecimalFormat format, DecimalFormatSymbols symbols, DoubleDigitList digits,
                                     StringBuffer buffer) {
        char zero = symbols.getZeroDigit();
        int zeroDelta = zero - '0';
        int groupingSize = format.getGroupingSize();
        boolean grouping = format.isGroupingUsed() && groupingSize > 0;
        int decimalAt = digits.isZero() ? 0 : digits.decimalAt;
        int count = Math.max(format.getMinimumIntegerDigits(), Math.max(decimalAt, 0));
        int digitIndex = 0;
        int start = buffer.length();
        for (int i = count - 1; i >= 0; --i) {
            if (i < decimalAt && digitIndex < digits.count) {
                buffer.append((char) (digits.digits[digitIndex++] + zeroDelta));
            } else {
                buffer.append(zero);
            }
            if (grouping && i > 0 && i % groupingSize == 0) {
                buffer.append(symbols.getGroupingSeparator());
            }
        }
        int minimumFraction = format.getMinimumFractionDigits();
        boolean fractionPresent = minimumFraction > 0 || digitIndex < digits.count;
        if (!fractionPresent && buffer.length() == start) {
            buffer.append(zero);
        }
        if (format.isDecimalSeparatorAlwaysShown() || fractionPresent) {
            buffer.append(symbols.getDecimalSeparator());
        }
        int maximumFraction = format.getMaximumFractionDigits();
        for (int i = 0; i < maximumFraction; ++i) {
            if (i >= minimumFraction && digitIndex >= digits.count) {
                break;
            }
            if (-1 - i > decimalAt - 1) {
                // A zero between the point and the first significant digit of a number below 1.
                buffer.append(zero);
                continue;
            }
            buffer.append(digitIndex < digits.count ? (char) (digits.digits[digitIndex++] + zeroDelta) : zero);
        }
    }

    private static String prefix(DecimalFormat format, boolean negative) {
        return negative ? format.getNegativePrefix() : format.getPositivePrefix();
    }

    /** TeaVM keeps a null negative suffix where the pattern has none: the positive one stands for it. */
    private static String suffix(DecimalFormat format, boolean negative) {
        String suffix = negative ? format.getNegativeSuffix() : null;
        if (suffix == null) {
            suffix = format.getPositiveSuffix();
        }
        return suffix != null ? suffix : "";
    }
}
