package org.torito.guest.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Formatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The image's Formatter against the JDK's own, here on HotSpot, where both can run: the same
 * text or the same exception for format strings drawn from a fixed seed and values of every
 * type the conversions take (and some they do not). The differential suite checks the same in
 * a guest (programs StringFormat and FormatterCombinations); this finds a difference in
 * milliseconds and names it.
 */
class JavaFormatterTest {
    private static final Object[] VALUES = {
        0, 42, -42, Integer.MIN_VALUE, Integer.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, (byte) -1, (byte) 5,
        (short) -300, BigInteger.ONE.shiftLeft(70).negate(), BigInteger.valueOf(255), 0.5, 2.5, -0.0005, 1.005, 0.1,
        1.0 / 3, -0.0, 0.0, 1e22, 1e23, 1e-5, 9.5e-5, 123456.789, 99.95, 0.00015, 1e7, Double.MIN_VALUE,
        Double.MIN_NORMAL, 4.9e-320, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, 0.1f, -1.5f, 3.4028235e38f, new BigDecimal("1.005"), new BigDecimal("-0.00001"),
        new BigDecimal("-123456789.987654321"), new BigDecimal("1E+5"), BigDecimal.ZERO, "text", "", 'q', 'Ω', true,
        false, null, new Object[0],
    };
    private static final String CONVERSIONS = "bBhHsScCdoxXeEfgGaA%n";
    private static final String FLAGS = "-#+ 0,(";

    private static String jdk(String format, Object value) {
        try {
            return "[" + String.format(Locale.ROOT, format, value) + "]";
        } catch (RuntimeException e) {
            return expectedName(e);
        }
    }

    /**
     * The JDK's exception, by name. IllegalFormatArgumentIndexException is not public: the
     * formatter makes it through ClasslibAccess, whose body exists only in an image (outside one
     * it throws UnsupportedOperationException); the differential program StringFormat checks the
     * image's.
     */
    private static String expectedName(RuntimeException e) {
        String name = e.getClass().getSimpleName();
        return name.equals("IllegalFormatArgumentIndexException") ? "UnsupportedOperationException" : name;
    }

    private static String ours(String format, Object value) {
        try {
            StringBuilder out = new StringBuilder();
            JavaFormatter.format(new Formatter(out), Locale.ROOT, format, new Object[] {value});
            return "[" + out + "]";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }

    @Test
    void everyGeneratedSpecifierMatchesTheJdk() {
        SplittableRandom random = new SplittableRandom(16);
        List<String> differences = new ArrayList<>();
        int cases = 0;
        for (int i = 0; i < 200_000 && differences.size() < 20; i++) {
            StringBuilder spec = new StringBuilder("%");
            if (random.nextInt(3) == 0) {
                for (int f = random.nextInt(3); f >= 0; f--) {
                    spec.append(FLAGS.charAt(random.nextInt(FLAGS.length())));
                }
            }
            if (random.nextBoolean()) {
                spec.append(1 + random.nextInt(25));
            }
            if (random.nextInt(3) == 0) {
                spec.append('.').append(random.nextInt(random.nextInt(5) == 0 ? 30 : 10));
            }
            spec.append(CONVERSIONS.charAt(random.nextInt(CONVERSIONS.length())));
            Object value = VALUES[random.nextInt(VALUES.length)];
            String format = random.nextInt(4) == 0 ? "<" + spec + ">" : spec.toString();
            String expected = jdk(format, value);
            String actual = ours(format, value);
            cases++;
            if (!expected.equals(actual)) {
                differences.add(format + " of " + describe(value) + ": JDK " + expected + ", ours " + actual);
            }
        }
        assertEquals(List.of(), differences, cases + " cases");
    }

    @Test
    void argumentIndicesPercentAndLineSeparators() {
        for (String format : List.of("%2$s %1$s %2$s %<s", "%s %s %<s %s", "%%|%-4%|%n|%3$s", "a%nb", "100%",
                "%", "%-", "%5", "%.", "%q", "%1$", "%<s", "%0$s", "%,s", "%-n", "%5n", "%s %s %s")) {
            Object[] args = {"a", "b", "c"};
            String expected;
            try {
                expected = "[" + String.format(Locale.ROOT, format, args) + "]";
            } catch (RuntimeException e) {
                expected = expectedName(e);
            }
            String actual;
            try {
                StringBuilder out = new StringBuilder();
                JavaFormatter.format(new Formatter(out), Locale.ROOT, format, args);
                actual = "[" + out + "]";
            } catch (RuntimeException e) {
                actual = e.getClass().getSimpleName();
            }
            assertEquals(expected, actual, format);
        }
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
    }
}
