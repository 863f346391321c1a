package org.torito.difftest.programs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/** Grouping (the ',' flag) with widths, zero padding, signs and parentheses on ints, longs, BigIntegers, doubles and BigDecimals in Locale.ROOT, and where %e and %g change form. */
public class FormatGroupingAndWidths {
    static void show(String format, Object... args) {
        String result;
        try {
            result = "[" + String.format(Locale.ROOT, format, args) + "]";
        } catch (RuntimeException e) {
            // Not the message: TeaVM words them its own way (FormatExceptionMessages).
            result = e.getClass().getName();
        }
        System.out.println(format + " " + java.util.Arrays.toString(args) + " -> " + result);
    }

    public static void main(String[] args) {
        Object[] integers = {0, 7, -7, 999, 1000, -1000, 123456789, Integer.MIN_VALUE, Integer.MAX_VALUE, Long.MIN_VALUE,
            1234567890123L, (short) -12345, (byte) -128, new BigInteger("-123456789012345678901234567890")};
        String[] intFormats = {"%,d", "%,15d", "%-,15d|", "%0,15d", "%+,d", "%(,d", "%(,16d", "% ,d", "%+0,18d", "%,o"};
        for (String format : intFormats) {
            for (Object value : integers) {
                show(format, value);
            }
        }
        Object[] decimals = {0.0, -0.0, 0.5, 999.995, 1000.0, -1234.5678, 1234567.891, 1e15, 1.5e20, -9.87654321e-5,
            Double.NaN, Double.NEGATIVE_INFINITY, 100f, new BigDecimal("12345678901234567890.125"), new BigDecimal("-0.125")};
        // BigDecimal zeros with a scale under %e and %g are BigDecimalZeroFormats' (a known difference).
        String[] decimalFormats = {"%,f", "%,.2f", "%,.0f", "%,20.3f", "%0,20.3f", "%(,.1f", "%+,.1f", "%,e", "%,g", "%,.3g"};
        for (String format : decimalFormats) {
            for (Object value : decimals) {
                show(format, value);
            }
        }
        // %g chooses fixed or scientific by the rounded value: 10^-4 <= x < 10^precision.
        double[] gValues = {0.0001, 0.00009999, 0.000099999999, 123456.0, 999999.5, 999999.4, 1e6, 9.9999995, 99.9995, 1.0};
        for (double g : gValues) {
            show("%g %.3g %.1g %.0g %G", g, g, g, g, g);
        }
        // %e rounds the mantissa half-up and may carry into the exponent; three-digit exponents.
        double[] eValues = {9.9999999e99, 9.95, 9.5, 0.0, 1e-100, 1e100, 5e-324, 1.7976931348623157e308, -1.25};
        for (double e : eValues) {
            show("%e %.0e %.1e %12.3E %#.0e", e, e, e, e, e);
        }
        // Widths: narrower than the value leave it whole; precision cuts %s but rounds numbers.
        show("%3d|%3s|%3.1s|%-3b|%1c", 123456, "abcdef", "abcdef", false, 'x');
        show("%20s|%-20s|", "\u00DCbergr\u00F6\u00DFe", "\uD835\uDD0A\uD835\uDD0B");
        show("%10.4s|", "\uD835\uDD0A\uD835\uDD0Babc");
        show("%-10S|%10S", "stra\u00DFe", "\u0131i");
        // The same specifiers in other locales that use ',' and '.' as Locale.ROOT does.
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.US, Locale.ENGLISH, Locale.UK}) {
            System.out.println(locale + ": " + String.format(locale, "%,d %,.2f %e %s", 1234567, 7654321.125, 0.000123, true));
        }
    }
}
