package org.torito.difftest.programs;

/** Integer/Long/Short/Byte.decode with 0x/0X/#/0 prefixes and signs, parse with a '+' sign at the overflow edges, valueOf. */
public final class NumberDecodeAndParse {
    private NumberDecodeAndParse() {
    }

    public static void main(String[] args) {
        String[] decodes = {"0", "-0", "+0", "10", "-10", "+10", "0x1F", "0X1f", "#ff", "-#FF", "+0x10", "010", "-010", "08",
            "0x", "#", "-", "", "0x-1", "--1", "0x7fffffff", "0x80000000", "-0x80000000", "2147483647", "-2147483648",
            "+2147483648", "0x7fffffffffffffff", "-0x8000000000000000", "0x8000000000000000", "9223372036854775807",
            "-9223372036854775808", "+9223372036854775808", "0xFF", "0x7F", "-0x80", "-129", "32767", "0x8000", " 1", "1L",
            "00", "0xx1", "#-1", "0-1"};
        for (String s : decodes) {
            System.out.println("decode \"" + s + "\": int=" + decodeInt(s) + " long=" + decodeLong(s) + " short="
                    + decodeShort(s) + " byte=" + decodeByte(s));
        }
        String[] parses = {"+2147483647", "+2147483648", "-2147483648", "-2147483649", "2147483647", "+0", "+-1", "-+1",
            "+9223372036854775807", "+9223372036854775808", "-9223372036854775808", "-9223372036854775809",
            "99999999999", "-99999999999999999999", "+32767", "+32768", "-32769", "+127", "+128", "-129", "0000000000002147483647",
            "-000000000000000000000001"};
        for (String s : parses) {
            System.out.println("parse \"" + s + "\": int=" + parseInt(s) + " long=" + parseLong(s) + " short=" + parseShort(s)
                    + " byte=" + parseByte(s) + " valueOf=" + valueOfInt(s));
        }
        // valueOf of small values must be equal to any other box of the same value; larger ones too.
        for (int v : new int[] {-129, -128, 0, 127, 128, 1000}) {
            Integer a = Integer.valueOf(v);
            Integer b = Integer.valueOf(String.valueOf(v));
            Long la = Long.valueOf(v);
            Short sa = Short.valueOf((short) v);
            System.out.println("valueOf " + v + ": " + a.equals(b) + " " + a.equals(la) + " " + la.equals((long) v)
                    + " " + sa.equals((short) v) + " " + a.compareTo(b) + " " + a.intValue() + " " + la.byteValue()
                    + " " + a.shortValue() + " " + a.doubleValue() + " " + la.floatValue());
        }
        System.out.println("chars " + Character.valueOf('a').equals('a') + " " + Character.valueOf('a').compareTo('c')
                + " " + Boolean.valueOf("TRUE") + " " + Boolean.valueOf(true).equals(Boolean.TRUE)
                + " " + Integer.valueOf(5).equals(5L) + " " + Long.valueOf(5).equals(5));
    }

    private static String decodeInt(String s) {
        try {
            return String.valueOf(Integer.decode(s));
        } catch (NumberFormatException e) {
            return "NFE";
        }
    }

    private static String decodeLong(String s) {
        try {
            return String.valueOf(Long.decode(s));
        } catch (NumberFormatException e) {
            return "NFE";
        }
    }

    private static String decodeShort(String s) {
        try {
            return String.valueOf(Short.decode(s));
        } catch (NumberFormatException e) {
            return "NFE";
        }
    }

    private static String decodeByte(String s) {
        try {
            return String.valueOf(Byte.decode(s));
        } catch (NumberFormatException e) {
            return "NFE";
        }
    }

    private static String parseInt(String s) {
        try {
            return String.valueOf(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return "NFE(" + e.getMessage() + ")";
        }
    }

    private static String parseLong(String s) {
        try {
            return String.valueOf(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return "NFE(" + e.getMessage() + ")";
        }
    }

    private static String parseShort(String s) {
        try {
            return String.valueOf(Short.parseShort(s));
        } catch (NumberFormatException e) {
            return "NFE";
        }
    }

    private static String parseByte(String s) {
        try {
            return String.valueOf(Byte.parseByte(s));
        } catch (NumberFormatException e) {
            return "NFE";
        }
    }

    private static String valueOfInt(String s) {
        try {
            return String.valueOf(Integer.valueOf(s));
        } catch (NumberFormatException e) {
            return "NFE";
        }
    }
}
