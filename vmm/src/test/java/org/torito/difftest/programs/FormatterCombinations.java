package org.torito.difftest.programs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * Format specifiers nobody wrote by hand: flags, widths, precisions and conversions drawn from a
 * fixed seed (a generator of its own: java.util.Random's sequence is the class library's), each
 * applied to values of the types the conversion takes and to some it does not. Each line shows
 * the result or the exception's class.
 */
public class FormatterCombinations {
    private static long state = 0x9E3779B97F4A7C15L;

    private static int next(int bound) {
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        return (int) ((state >>> 33) % bound);
    }

    private static final String[] LABELS = {
        "0", "42", "-42", "Integer.MIN_VALUE", "Integer.MAX_VALUE", "Long.MIN_VALUE", "Long.MAX_VALUE", "(byte) -1",
        "(short) -300", "BigInteger -2^70", "0.5", "2.5", "-0.0005", "1.005", "0.1", "1/3", "-0.0", "1e22", "1e23",
        "1e-5", "123456.789", "Double.MIN_VALUE", "Double.MAX_VALUE", "NaN", "-Infinity", "0.1f", "-1.5f",
        "BigDecimal 1.005", "BigDecimal -123456789.987654321", "\"text\"", "'q'", "true", "null",
    };
    private static final Object[] VALUES = {
        0, 42, -42, Integer.MIN_VALUE, Integer.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, (byte) -1,
        (short) -300, BigInteger.ONE.shiftLeft(70).negate(), 0.5, 2.5, -0.0005, 1.005, 0.1, 1.0 / 3, -0.0, 1e22, 1e23,
        1e-5, 123456.789, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.NEGATIVE_INFINITY, 0.1f, -1.5f,
        new BigDecimal("1.005"), new BigDecimal("-123456789.987654321"), "text", 'q', true, null,
    };
    private static final String CONVERSIONS = "bBhsScCdoxXeEfgGaA";
    private static final String FLAGS = "-#+ 0,(";

    public static void main(String[] args) {
        for (int i = 0; i < 700; i++) {
            StringBuilder spec = new StringBuilder("%");
            int flagCount = next(4) == 0 ? next(3) + 1 : 0;
            for (int f = 0; f < flagCount; f++) {
                char flag = FLAGS.charAt(next(FLAGS.length()));
                if (spec.indexOf(String.valueOf(flag)) < 0) {
                    spec.append(flag);
                }
            }
            if (next(2) == 0) {
                spec.append(1 + next(14));
            }
            if (next(3) == 0) {
                spec.append('.').append(next(12));
            }
            spec.append(CONVERSIONS.charAt(next(CONVERSIONS.length())));
            int v = next(VALUES.length);
            String result;
            try {
                result = "[" + String.format(Locale.ROOT, spec.toString(), VALUES[v]) + "]";
            } catch (RuntimeException e) {
                result = e.getClass().getSimpleName();
            }
            System.out.println(spec + " " + LABELS[v] + " = " + result);
        }
        // %n, %% and argument indices in one string.
        System.out.print(String.format(Locale.ROOT, "%3$s|%1$s|%<s|%s|%%|%-4%|%n", "a", "b", "c"));
    }
}
