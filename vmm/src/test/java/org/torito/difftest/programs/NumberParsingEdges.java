package org.torito.difftest.programs;

/** Parsing numbers at the edges: whitespace, signs, suffixes, exponents, overflow, Unicode digits, and the exception each rejection throws (with parseInt's and parseLong's messages; the others are NumberParseMessages'). */
public class NumberParsingEdges {
    static void d(String s) {
        String result;
        try {
            double v = Double.parseDouble(s);
            result = v + " " + Long.toHexString(Double.doubleToRawLongBits(v));
        } catch (RuntimeException e) {
            result = e.getClass().getName();
        }
        System.out.println("double [" + s + "] " + result);
    }

    static void f(String s) {
        String result;
        try {
            float v = Float.parseFloat(s);
            result = v + " " + Integer.toHexString(Float.floatToRawIntBits(v));
        } catch (RuntimeException e) {
            result = e.getClass().getName();
        }
        System.out.println("float [" + s + "] " + result);
    }

    static void i(String s, int radix) {
        String result;
        try {
            result = Integer.toString(Integer.parseInt(s, radix));
        } catch (RuntimeException e) {
            result = e.getClass().getName() + ": " + e.getMessage();
        }
        System.out.println("int [" + s + "] radix " + radix + " " + result);
    }

    static void l(String s) {
        String result;
        try {
            result = Long.toString(Long.parseLong(s));
        } catch (RuntimeException e) {
            result = e.getClass().getName() + ": " + e.getMessage();
        }
        System.out.println("long [" + s + "] " + result);
    }

    public static void main(String[] args) {
        String[] doubles = {
            "1", " 1.5 ", "\t2\n", "+3.0", "-0", "-0.0e5", ".5", "5.", "1e", "e5", "1e+", "1.5d", "1.5D", "2f", "2F", "1e0d",
            "Infinity", "-Infinity", "+Infinity", "infinity", "NaN", "-NaN", "+NaN", "nan", "1e400", "-1e400", "1e-400",
            "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623157e308",
            "1.7976931348623158e308", "1.7976931348623159e308", "0x1p1", "0x1.0p-1074", "0x1p-1075", "0x.1p4", "0x1", "1_000",
            "", " ", "-", "+", " - ", "1.2.3", "--1", "1e1e1", "0.000000000000000000000000000000000000000000001e45", "١",
            "123456789012345678901234567890", "0.1000000000000000055511151231257827021181583404541015625",
        };
        for (String s : doubles) {
            d(s);
        }
        String[] floats = {
            "1.00000017881393421514957253748434595763683319091796875", "1.00000017881393421514957253748434595763683319091796876",
            "3.4028235e38", "3.4028236e38", "3.40282357e38", "1.4e-45", "7.0e-46", "7.1e-46", "0.1", "16777217", "16777219",
            " -0 ", "1e39f", "NaN", "0x1.fffffep127", "0x1.ffffffp127",
        };
        for (String s : floats) {
            f(s);
        }
        try {
            Double.parseDouble(null);
        } catch (RuntimeException e) {
            System.out.println("double null " + e.getClass().getName());
        }
        i("+0", 10);
        i("-0", 10);
        i("+-1", 10);
        i("-", 10);
        i("+", 10);
        i("", 10);
        i(" 1", 10);
        i("1 ", 10);
        i("2147483647", 10);
        i("-2147483648", 10);
        i("2147483648", 10);
        i("-2147483649", 10);
        i("00000000000000000000000042", 10);
        i("\uFF11\uFF12", 10);
        i("\u0661\u0662", 10);
        i("\u0967", 10);
        i("zz", 36);
        i("ZZ", 36);
        i("-80000000", 16);
        i("80000000", 16);
        i("11", 1);
        i("11", 37);
        i("1_0", 10);
        l("9223372036854775807");
        l("-9223372036854775808");
        l("9223372036854775808");
        l("+9223372036854775807");
        l("99999999999999999999");
        l("12L");
        l("0x10");
        System.out.println("parse range " + Integer.parseInt("xx123yy", 2, 5, 10) + " " + Long.parseLong("-ff--", 0, 3, 16));
        try {
            Short.parseShort("40000");
        } catch (NumberFormatException e) {
            System.out.println("short " + e.getClass().getName());
        }
        try {
            Byte.parseByte("-129");
        } catch (NumberFormatException e) {
            System.out.println("byte " + e.getClass().getName());
        }
        System.out.println("valueOf " + Double.valueOf("  7e-1  ") + " " + Float.valueOf("0x1p3") + " " + Integer.valueOf("-77", 8)
                + " " + Long.valueOf("zz", 36) + " " + Short.valueOf("-7f", 16) + " " + Byte.valueOf("+7f", 16));
    }
}
