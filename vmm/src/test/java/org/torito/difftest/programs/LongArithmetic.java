package org.torito.difftest.programs;

/** long corner cases: overflow, MIN_VALUE / -1, shifts past 64, unsigned and radix strings. */
public class LongArithmetic {
    public static void main(String[] args) {
        long[] values = {0L, 1L, -1L, 1L << 32, (1L << 32) - 1, Long.MAX_VALUE, Long.MIN_VALUE,
            0x123456789ABCDEFL, -987654321987654321L, Integer.MIN_VALUE, 0xFFFFFFFFL};
        for (long v : values) {
            System.out.println(v + ": +1=" + (v + 1) + " *7=" + (v * 7) + " neg=" + (-v) + " abs=" + Math.abs(v)
                    + " hex=" + Long.toHexString(v) + " oct=" + Long.toOctalString(v)
                    + " bin=" + Long.toBinaryString(v) + " r36=" + Long.toString(v, 36) + " r2=" + Long.toString(v, 2)
                    + " bits=" + Long.bitCount(v) + " nlz=" + Long.numberOfLeadingZeros(v)
                    + " ntz=" + Long.numberOfTrailingZeros(v) + " rev=" + Long.reverse(v)
                    + " revb=" + Long.reverseBytes(v) + " hi=" + Long.highestOneBit(v)
                    + " rotr9=" + Long.rotateRight(v, 9) + " u=" + Long.toUnsignedString(v)
                    + " hash=" + Long.hashCode(v) + " int=" + (int) v + " dbl=" + (double) v + " flt=" + (float) v);
        }
        long min = Long.MIN_VALUE;
        long minusOne = opaque(-1L);
        System.out.println("MIN/-1=" + (min / minusOne) + " MIN%-1=" + (min % minusOne));
        for (long a : new long[] {7, -7, min, Long.MAX_VALUE, 1L << 40}) {
            for (long b : new long[] {3, -3, -1, 1L << 33, min}) {
                System.out.println(a + " " + b + " / " + (a / b) + " % " + (a % b) + " fdiv " + Math.floorDiv(a, b)
                        + " fmod " + Math.floorMod(a, b) + " cmp " + Long.compare(a, b)
                        + " ucmp " + Long.compareUnsigned(a, b) + " udiv " + Long.divideUnsigned(a, b)
                        + " urem " + Long.remainderUnsigned(a, b));
                System.out.println("  high " + Math.multiplyHigh(a, b) + " uhigh " + Math.unsignedMultiplyHigh(a, b));
            }
        }
        long one = opaque(1L);
        for (int s : new int[] {0, 1, 31, 32, 33, 63, 64, 65, -1, -63, -64, 127}) {
            System.out.println("shift " + s + ": " + (one << s) + " " + (min >> s) + " " + (min >>> s) + " "
                    + (-123456789012L >> s) + " " + (-123456789012L >>> s));
        }
        System.out.println("mixed " + (Integer.MAX_VALUE + 1L) + " " + (Integer.MAX_VALUE + 1) + " "
                + (long) Integer.MIN_VALUE * Integer.MIN_VALUE + " " + (0xFFFFFFFF) + " " + 0xFFFFFFFFL);
        for (String s : new String[] {"9223372036854775807", "-9223372036854775808", "0", "-1"}) {
            System.out.println("parse " + Long.parseLong(s) + " " + Long.valueOf(s).hashCode());
        }
        System.out.println("parse16 " + Long.parseLong("-7fffffffffffffff", 16) + " "
                + Long.parseLong("zzzzzz", 36));
        for (String unsigned : new String[] {"18446744073709551615", "18446744073709551616", "9223372036854775808",
                "-1", "3w5e11264sgsf", "3w5e11264sgsg", "+1", "ffffffffffffffff", "10000000000000000", "1y2p0ij32e8e7x"}) {
            for (int radix : new int[] {10, 16, 36}) {
                try {
                    System.out.println("unsigned '" + unsigned + "' radix " + radix + ": "
                            + Long.toUnsignedString(Long.parseUnsignedLong(unsigned, radix))
                            + (radix == 10 ? " " + Long.parseUnsignedLong(unsigned) : ""));
                } catch (NumberFormatException e) {
                    System.out.println("unsigned '" + unsigned + "' radix " + radix + ": " + e.getMessage());
                }
            }
        }
        for (String bad : new String[] {"9223372036854775808", "", "0x10", "1L"}) {
            try {
                System.out.println(Long.parseLong(bad));
            } catch (NumberFormatException e) {
                System.out.println("bad long '" + bad + "': " + e.getClass().getName());
            }
        }
        try {
            System.out.println(Math.multiplyExact(Long.MAX_VALUE, opaque(2L)));
        } catch (ArithmeticException e) {
            System.out.println("multiplyExact: " + e.getClass().getName());
        }
        try {
            System.out.println(Math.negateExact(min));
        } catch (ArithmeticException e) {
            System.out.println("negateExact: " + e.getClass().getName());
        }
        long x = 88172645463325252L;
        long sum = 0;
        for (int i = 0; i < 200_000; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            sum += x % 1000003;
        }
        System.out.println("xorshift " + x + " " + sum);
    }

    static long opaque(long v) {
        return v;
    }
}
