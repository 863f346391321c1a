package org.torito.guest.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The image's Double.toString and Float.toString against the JDK's (Raffaello Giulietti's
 * shortest-decimal algorithm since JDK 19), on HotSpot: edge values, then random bit patterns
 * from a fixed seed, which reach every exponent.
 */
class DoubleStringsTest {

    @Test
    void doublesMatchTheJdk() {
        List<String> differences = new ArrayList<>();
        double[] edges = {0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1e23, 2e23, 8.41e21, 1e22, 1e7, 9999999.0, 1e-3, 9.99e-4,
            123456.789, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 4.9e-320, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2.2250738585072012e-308, 1.0 / 3, 100.0, 5e-324};
        for (double d : edges) {
            compare(d, differences);
        }
        SplittableRandom random = new SplittableRandom(23);
        for (int i = 0; i < 50_000; i++) {
            compare(Double.longBitsToDouble(random.nextLong()), differences);
            compare(random.nextInt(1_000_000) / 1000.0, differences);
        }
        assertEquals(List.of(), differences.subList(0, Math.min(20, differences.size())));
    }

    @Test
    void floatsMatchTheJdk() {
        List<String> differences = new ArrayList<>();
        float[] edges = {0.0f, -0.0f, 0.1f, 1.0f / 3, 1e7f, 1e-3f, 16777217f, Float.MIN_VALUE, Float.MIN_NORMAL,
            Float.MAX_VALUE, 3.4028235e38f, 1.4e-45f, 123.456f};
        for (float f : edges) {
            compare(f, differences);
        }
        SplittableRandom random = new SplittableRandom(29);
        for (int i = 0; i < 50_000; i++) {
            compare(Float.intBitsToFloat(random.nextInt()), differences);
        }
        assertEquals(List.of(), differences.subList(0, Math.min(20, differences.size())));
    }

    private static void compare(double d, List<String> differences) {
        String expected = Double.toString(d);
        String actual = DoubleStrings.toString(d);
        if (!expected.equals(actual)) {
            differences.add(Long.toHexString(Double.doubleToRawLongBits(d)) + ": JDK " + expected + ", ours " + actual);
        }
    }

    private static void compare(float f, List<String> differences) {
        String expected = Float.toString(f);
        String actual = DoubleStrings.toString(f);
        if (!expected.equals(actual)) {
            differences.add(Integer.toHexString(Float.floatToRawIntBits(f)) + ": JDK " + expected + ", ours " + actual);
        }
    }
}
