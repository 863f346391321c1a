package org.torito.difftest.programs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** BigDecimal setScale, round and divide under every RoundingMode, including UNNECESSARY's ArithmeticException. */
public final class BigDecimalRounding {
    private BigDecimalRounding() {
    }

    public static void main(String[] args) {
        // The javadoc's RoundingMode table values, plus ties and near-ties at more digits.
        String[] values = {"5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5", "0.05", "-0.05",
            "2.4999", "2.5001", "0.0", "123.456", "-123.455", "9.99"};
        for (String v : values) {
            BigDecimal d = new BigDecimal(v);
            StringBuilder line = new StringBuilder(v + ":");
            for (RoundingMode mode : RoundingMode.values()) {
                line.append(' ').append(mode.name().toLowerCase()).append('=').append(scale(d, 0, mode)).append('/')
                        .append(scale(d, 1, mode)).append('/').append(round(d, 2, mode));
            }
            System.out.println(line);
        }
        BigDecimal[] nums = {BigDecimal.ONE, new BigDecimal("2"), new BigDecimal("-10"), new BigDecimal("22.5")};
        BigDecimal[] dens = {new BigDecimal("3"), new BigDecimal("-7"), new BigDecimal("8"), new BigDecimal("0.3")};
        for (BigDecimal n : nums) {
            for (BigDecimal den : dens) {
                StringBuilder line = new StringBuilder(n + "/" + den + ":");
                for (RoundingMode mode : RoundingMode.values()) {
                    line.append(' ').append(div(n, den, 4, mode));
                }
                line.append(" mc5=").append(n.divide(den, new MathContext(5))).append(" mc1=")
                        .append(n.divide(den, new MathContext(1, RoundingMode.DOWN))).append(" exact=").append(exactDiv(n, den))
                        .append(" intPart=").append(n.divideToIntegralValue(den)).append(" rem=").append(n.remainder(den));
                System.out.println(line);
            }
        }
        // The legacy int constants map onto the enum.
        BigDecimal x = new BigDecimal("-2.345");
        System.out.println("legacy " + x.setScale(2, BigDecimal.ROUND_HALF_UP) + " " + x.setScale(2, BigDecimal.ROUND_HALF_DOWN)
                + " " + x.setScale(2, BigDecimal.ROUND_HALF_EVEN) + " " + x.setScale(1, BigDecimal.ROUND_CEILING)
                + " " + x.setScale(1, BigDecimal.ROUND_FLOOR) + " " + RoundingMode.valueOf(BigDecimal.ROUND_UP)
                + " " + RoundingMode.valueOf("HALF_EVEN").ordinal() + " " + x.setScale(5) + " " + x.setScale(-1, RoundingMode.UP));
        System.out.println("mathContext " + MathContext.DECIMAL32 + " | " + MathContext.DECIMAL64.getPrecision() + " "
                + MathContext.UNLIMITED.getRoundingMode() + " " + new BigDecimal("123456.789").round(MathContext.DECIMAL32)
                + " " + new BigDecimal("9999999.5").round(MathContext.DECIMAL32) + " "
                + new BigDecimal("1234.5678", new MathContext(6, RoundingMode.FLOOR)) + " " + new MathContext(3).equals(new MathContext(3)));
    }

    private static String scale(BigDecimal d, int scale, RoundingMode mode) {
        try {
            return d.setScale(scale, mode).toString();
        } catch (ArithmeticException e) {
            return "AE";
        }
    }

    private static String round(BigDecimal d, int precision, RoundingMode mode) {
        try {
            return d.round(new MathContext(precision, mode)).toString();
        } catch (ArithmeticException e) {
            return "AE";
        }
    }

    private static String div(BigDecimal n, BigDecimal d, int scale, RoundingMode mode) {
        try {
            return n.divide(d, scale, mode).toString();
        } catch (ArithmeticException e) {
            return "AE";
        }
    }

    private static String exactDiv(BigDecimal n, BigDecimal d) {
        try {
            return n.divide(d).toString();
        } catch (ArithmeticException e) {
            return "AE(" + e.getMessage() + ")";
        }
    }
}
