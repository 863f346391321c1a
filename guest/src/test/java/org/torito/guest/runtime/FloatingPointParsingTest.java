package org.torito.guest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The image's Double.parseDouble and Float.parseFloat against the JDK's, on HotSpot: the same
 * bits, or both rejecting the text. Texts: edge cases of rounding and range, the grammar's
 * corners, and every random double and float printed back.
 */
class FloatingPointParsingTest {
    private static final String[] TEXTS = {"1", "-0", "0.1", "1e-10", "1E+10", "  3.5  ", ".5", "5.", "1e400", "-1e400",
        "1e-400", "NaN", "-Infinity", "+Infinity", "123456789012345678901234567890", "1d", "2.5f", "1.0E23",
        "2.2250738585072012e-308", "2.2250738585072011e-308", "4.9e-324", "2.4703282292062327e-324",
        "2.4703282292062328e-324", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
        "0x1.8p1", "0X1P-1074", "-0x.8p1", "0x1.fffffffffffff8p1023", "0x1p1024", "16777217", "3.4028236e38",
        "3.4028235677973366e38", "1e-46", "1.4e-45", "7.006492321624085e-46", "1.17549435E-38", "", " ", "abc",
        "1..2", "1e", "--1", "0x", "0x1.8", "1e+", ".", "e5", "1.5e5.5", "Infinityx", "0x1p", "1_000", "١"};

    @Test
    void textsParseToTheJdksBits() {
        List<String> differences = new ArrayList<>();
        for (String text : TEXTS) {
            compare(text, differences);
        }
        SplittableRandom random = new SplittableRandom(31);
        for (int i = 0; i < 20_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            compare(Double.toString(d), differences);
            compare(Double.toHexString(d), differences);
            compare(Float.toString(Float.intBitsToFloat(random.nextInt())), differences);
            // Decimals that are not the shortest form of anything: rounding is all there is to it.
            compare(random.nextInt(1000) + "." + random.nextLong(1L << 62) + "e" + (random.nextInt(640) - 330),
                    differences);
        }
        assertEquals(List.of(), differences.subList(0, Math.min(20, differences.size())));
    }

    private static void compare(String text, List<String> differences) {
        String expected;
        try {
            expected = Long.toHexString(Double.doubleToRawLongBits(Double.parseDouble(text)));
        } catch (NumberFormatException e) {
            expected = "NumberFormatException";
        }
        String actual;
        try {
            actual = Long.toHexString(Double.doubleToRawLongBits(FloatingPointParsing.parseDouble(text)));
        } catch (NumberFormatException e) {
            actual = "NumberFormatException";
        }
        if (!expected.equals(actual)) {
            differences.add("double \"" + text + "\": JDK " + expected + ", ours " + actual);
        }
        try {
            expected = Integer.toHexString(Float.floatToRawIntBits(Float.parseFloat(text)));
        } catch (NumberFormatException e) {
            expected = "NumberFormatException";
        }
        try {
            actual = Integer.toHexString(Float.floatToRawIntBits(FloatingPointParsing.parseFloat(text)));
        } catch (NumberFormatException e) {
            actual = "NumberFormatException";
        }
        if (!expected.equals(actual)) {
            differences.add("float \"" + text + "\": JDK " + expected + ", ours " + actual);
        }
    }
}
