package org.torito.difftest.programs;

/** Integer/Long/Short/Byte toString and parse in every radix 2..36, unsigned strings, radix errors. */
public final class IntegerRadixStrings {
    private IntegerRadixStrings() {
    }

    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 35, -36, 255, 1_000_000, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x7F00FF01};
        long[] longs = {0L, -1L, 36L * 36 * 36, Long.MAX_VALUE, Long.MIN_VALUE, 0x0123456789ABCDEFL};
        long sumInt = 0;
        for (int radix = 2; radix <= 36; radix++) {
            StringBuilder line = new StringBuilder("r" + radix + ":");
            for (int v : ints) {
                String s = Integer.toString(v, radix);
                int back = Integer.parseInt(s, radix);
                sumInt += back;
                line.append(' ').append(s);
                if (back != v) {
                    line.append("(!=").append(back).append(')');
                }
            }
            line.append(" |");
            for (long v : longs) {
                String s = Long.toString(v, radix);
                line.append(' ').append(s);
                if (Long.parseLong(s, radix) != v) {
                    line.append("(!)");
                }
            }
            line.append(" | u ").append(Integer.toUnsignedString(-1, radix)).append(' ')
                    .append(Long.toUnsignedString(-1L, radix)).append(' ').append(Integer.toUnsignedString(Integer.MIN_VALUE, radix));
            System.out.println(line);
        }
        System.out.println("sum " + sumInt);
        // toString with a radix outside 2..36 is in RadixOutOfRange (it hangs the AOT side).
        String[][] parses = {{"zz", "36"}, {"ZZ", "36"}, {"-zz", "36"}, {"+7f", "16"}, {"80000000", "16"}, {"-80000000", "16"},
            {"1111111111111111111111111111111", "2"}, {"10000000000000000000000000000000", "2"}, {"12", "2"}, {"", "10"},
            {"-", "10"}, {"+", "10"}, {"1", "1"}, {"1", "37"}, {"\u0661\u0662", "10"}, {"\uFF11\uFF12", "10"}, {" 1", "10"},
            {"1_000", "10"}, {"0x10", "16"}, {"++1", "10"}, {"-0", "10"}};
        for (String[] p : parses) {
            int radix = Integer.parseInt(p[1]);
            System.out.println("parseInt(\"" + p[0] + "\"," + radix + ") " + tryInt(p[0], radix) + " parseLong "
                    + tryLong(p[0], radix) + " short " + tryShort(p[0], radix) + " byte " + tryByte(p[0], radix));
        }
        System.out.println("unsigned " + Integer.toUnsignedString(-2) + " " + Long.toUnsignedString(-2L) + " "
                + Integer.toUnsignedLong(-1) + " " + Integer.toUnsignedString(123) + " " + Long.toUnsignedString(Long.MIN_VALUE, 16)
                + " " + Short.toUnsignedInt((short) -1) + " " + Byte.toUnsignedInt((byte) -128) + " " + Byte.toUnsignedLong((byte) -1)
                + " " + Short.toUnsignedLong(Short.MIN_VALUE));
        System.out.println("short/byte " + Short.toString((short) -32768) + " " + Byte.toString((byte) 200) + " "
                + Short.valueOf("-123") + " " + Byte.valueOf("7f", 16) + " " + Short.valueOf((short) 5).compareTo((short) 9)
                + " " + Byte.compare((byte) -1, (byte) 1) + " " + Short.compare(Short.MAX_VALUE, Short.MIN_VALUE)
                + " " + Byte.compareUnsigned((byte) -1, (byte) 1) + " " + Short.compareUnsigned((short) -1, (short) 1));
        System.out.println("hex/oct/bin " + Integer.toHexString(-256) + " " + Integer.toOctalString(-1) + " "
                + Integer.toBinaryString(-8) + " " + Long.toHexString(Long.MIN_VALUE) + " " + Long.toOctalString(-1L) + " "
                + Long.toBinaryString(5L) + " " + Integer.toHexString(0) + " " + Long.toBinaryString(0));
    }

    private static String tryInt(String s, int radix) {
        try {
            return String.valueOf(Integer.parseInt(s, radix));
        } catch (NumberFormatException e) {
            return "NFE(" + e.getMessage() + ")";
        }
    }

    private static String tryLong(String s, int radix) {
        try {
            return String.valueOf(Long.parseLong(s, radix));
        } catch (NumberFormatException e) {
            return "NFE";
        }
    }

    private static String tryShort(String s, int radix) {
        try {
            return String.valueOf(Short.parseShort(s, radix));
        } catch (NumberFormatException e) {
            return "NFE";
        }
    }

    private static String tryByte(String s, int radix) {
        try {
            return String.valueOf(Byte.parseByte(s, radix));
        } catch (NumberFormatException e) {
            return "NFE";
        }
    }
}
