package org.torito.difftest.programs;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** DecimalFormat of doubles under every RoundingMode: binary values near ties, grouping, percent, signs. */
public class DecimalFormatRounding {
    // 7.135 and 0.135 are just below their ties in binary, 0.125 and 2.5 are exact ties, 1.005 and
    // 0.015 are below, 0.145 (x100 for percent) is 14.499999999999998 after the multiplication.
    private static final double[] VALUES = {
        7.135, 7.125, 7.145, 0.125, 0.135, 0.145, 0.375, 2.5, 3.5, 0.5, 1.005, 0.015, 0.045, 9.995, 99.995,
        0.1, 0.3, 0.0009, 0.0005, 0.004, 1e-7, 0.0, 1234567.891, 123456789012.345, 1152921504606846976.0,
        1e20, 4.35, 2.675, 1.45,
    };
    private static final String[] PATTERNS = {
        "0.00", "00000.00", "#,##0.##", "#.#", "0", "#,##0.000", "0.0%", "#,##0.00;(#,##0.00)", "#.##",
    };

    public static void main(String[] args) {
        // Explicit symbols: the guest's default locale is not the host's.
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.US);
        for (String pattern : PATTERNS) {
            DecimalFormat format = new DecimalFormat(pattern, symbols);
            System.out.println("pattern " + pattern);
            for (double value : VALUES) {
                System.out.println("  " + value + ": " + allModes(format, value) + " | -: " + allModes(format, -value));
            }
            System.out.println("  specials: " + format.format(Double.NaN) + " " + format.format(Double.POSITIVE_INFINITY)
                    + " " + format.format(Double.NEGATIVE_INFINITY) + " " + format.format(-0.0));
        }
        halfEvenSweep(symbols);
        settersAsTheCorpusUsesThem(symbols);
    }

    /** The value formatted in each rounding mode; UNNECESSARY throws where digits are cut. */
    private static String allModes(DecimalFormat format, double value) {
        StringBuilder line = new StringBuilder();
        for (RoundingMode mode : RoundingMode.values()) {
            format.setRoundingMode(mode);
            try {
                line.append(format.format(value));
            } catch (ArithmeticException e) {
                line.append(e.getClass().getName());
            }
            line.append(' ');
        }
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return line.toString().trim();
    }

    /** k/1000 + 0.005 for k = 0..200 with two fraction digits: which land on each side of a tie. */
    private static void halfEvenSweep(DecimalFormatSymbols symbols) {
        DecimalFormat format = new DecimalFormat("0.00", symbols);
        StringBuilder line = new StringBuilder();
        for (int k = 0; k <= 200; k += 5) {
            double value = k / 1000.0 + 0.005;
            line.append(format.format(value)).append(k % 50 == 45 ? "\n" : " ");
        }
        System.out.println("sweep:\n" + line.toString().trim());
    }

    /** The corpus's formatted-numeric-output: digit counts changed after the pattern. */
    private static void settersAsTheCorpusUsesThem(DecimalFormatSymbols symbols) {
        DecimalFormat format = new DecimalFormat("#,##0.###", symbols);
        format.setMinimumIntegerDigits(9);
        format.setGroupingUsed(false);
        System.out.println(format.format(7.125));
        format.setMinimumIntegerDigits(5);
        format.setMinimumFractionDigits(5);
        System.out.println(format.format(7.125));
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        System.out.println(format.format(7.125) + " " + format.format(7.135) + " " + format.format(-7.135));
        format.setGroupingUsed(true);
        format.setGroupingSize(4);
        format.setMinimumIntegerDigits(1);
        System.out.println(format.format(123456789.125) + " " + format.format(-9876543.215));
        format.setMaximumFractionDigits(0);
        System.out.println(format.format(0.5) + " " + format.format(1.5) + " " + format.format(-0.4) + " "
                + format.format(2.5000000000000004));
    }
}
