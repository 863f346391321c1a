package org.torito.guest.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The digits DecimalFormat shows for a double, against the JDK's DecimalFormat on HotSpot: short
 * decimals near ties (k/1000 and k/10000), random magnitudes, in every rounding mode and with 0
 * to 4 fraction digits. Values whose JDK digits are not the shortest (1e23) are left out.
 */
class DoubleDigitListTest {

    @Test
    void digitsMatchTheJdk() {
        List<String> differences = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 4_000; i++) {
            compareAll(random.nextInt(100_000) / 1000.0, differences);
            compareAll(random.nextInt(1_000_000) / 10000.0, differences);
            compareAll(random.nextDouble() * Math.pow(10, random.nextInt(-6, 16)), differences);
        }
        for (double edge : new double[] {0.0, 0.125, 7.135, 0.0005, 0.0009, 9.995, 0x1p60, 0x1p62 + 0x1p10, 1e18}) {
            compareAll(edge, differences);
        }
        assertEquals(List.of(), differences.subList(0, Math.min(20, differences.size())));
    }

    private static void compareAll(double value, List<String> differences) {
        for (RoundingMode mode : RoundingMode.values()) {
            for (int fraction = 0; fraction <= 4; fraction++) {
                String expected = jdk(value, mode, fraction);
                String actual;
                try {
                    actual = plain(DoubleDigitList.rounded(value, false, fraction, mode));
                } catch (ArithmeticException e) {
                    actual = "ArithmeticException";
                }
                if (!expected.equals(actual)) {
                    differences.add(value + " " + mode + " " + fraction + ": " + expected + " vs " + actual);
                }
            }
        }
    }

    private static String jdk(double value, RoundingMode mode, int fraction) {
        DecimalFormat format = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(fraction);
        format.setRoundingMode(mode);
        try {
            return format.format(value);
        } catch (ArithmeticException e) {
            return "ArithmeticException";
        }
    }

    /** The digits laid out as "0" and "0.#...#" would show them. */
    private static String plain(DoubleDigitList digits) {
        if (digits.isZero()) {
            return "0";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.max(digits.decimalAt, 1); i++) {
            text.append(i < digits.decimalAt && i < digits.count ? digits.digits[i] : '0');
        }
        if (digits.count > digits.decimalAt) {
            text.append('.');
            for (int i = digits.decimalAt; i < digits.count; i++) {
                text.append(i < 0 ? '0' : digits.digits[i]);
            }
        }
        return text.toString();
    }
}
