package org.torito.difftest.programs;

/** Double.toString / Float.toString and parsing of values whose decimal form is easy to get wrong. */
public class FloatFormatting {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100.0, 1234567.0, 9999999.0,
            1.0E7, 12345678.9, 0.001, 0.0001, 1.0E-3, 9.999999999999999E-4, 1e21, 1e22, 1e23, 2e23, 8.41E21,
            Double.MIN_VALUE, 4.9E-320, Double.MIN_NORMAL, Double.MAX_VALUE, Math.PI, Math.E, 4.35, 2.675, 1.005, 0.3, 123456789012345678.0,
            1.7976931348623157E308, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            2.0E-3, 1.0E-5, 33.0 / 7, 5.0E-10, 2.2250738585072014E-308};
        for (double d : ds) {
            System.out.println("d " + Double.doubleToRawLongBits(d) + " -> " + d + " | " + Double.toString(d)
                    + " | " + String.valueOf(d) + " | back=" + (Double.parseDouble(Double.toString(d)) == d || d != d));
        }
        float[] fs = {0f, -0f, 1f, 100f, 16777216f, 16777217f, Float.NaN, Float.POSITIVE_INFINITY, 0.1f, 1f / 3,
            -2.5f, 123.456f, 1e7f, 1e-3f, 9.999999e-4f, Float.MAX_VALUE, Float.MIN_VALUE, Float.MIN_NORMAL, 3.14159265f};
        for (float f : fs) {
            System.out.println("f " + Float.floatToRawIntBits(f) + " -> " + f + " | " + Float.toString(f)
                    + " | back=" + (Float.parseFloat(Float.toString(f)) == f || f != f));
        }
        String[] inputs = {"1", "-0", "0.1", "1e-10", "1E+10", "  3.5  ", ".5", "5.", "1e400", "-1e400", "1e-400",
            "NaN", "-Infinity", "123456789012345678901234567890", "1d", "2.5f", "0x1.8p1", "2.2250738585072012e-308",
            "1.0E23", "4.9e-324", "2.4703282292062328e-324", "1.7976931348623158e308"};
        for (String s : inputs) {
            try {
                double d = Double.parseDouble(s);
                System.out.println("parse '" + s + "' -> " + Double.doubleToRawLongBits(d));
            } catch (NumberFormatException e) {
                System.out.println("parse '" + s + "' -> " + e.getClass().getName());
            }
        }
        for (String s : new String[] {"0.1", "3.4028236e38", "1e-46", "1.17549435E-38", "16777217", "7.006492321624085e-46"}) {
            System.out.println("parseFloat '" + s + "' -> " + Float.floatToRawIntBits(Float.parseFloat(s)));
        }
        for (String s : new String[] {"", "abc", "1..2", "1e", "--1"}) {
            try {
                System.out.println(Double.parseDouble(s));
            } catch (NumberFormatException e) {
                System.out.println("bad double '" + s + "': " + e.getClass().getName());
            }
        }
        System.out.println("concat " + 1.0f + 2.0 + 'c' + 3L + (1.0 + 2) + (char) ('a' + 1));
    }
}
