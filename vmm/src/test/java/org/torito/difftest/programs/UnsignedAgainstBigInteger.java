package org.torito.difftest.programs;

import java.math.BigInteger;

/** Unsigned int and long arithmetic (divide, remainder, compare, toString, parse, toUnsignedLong, multiplyHigh) on seeded and edge values, each checked against BigInteger. */
public class UnsignedAgainstBigInteger {
    static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    static BigInteger unsigned(long v) {
        BigInteger b = BigInteger.valueOf(v);
        return v < 0 ? b.add(TWO_64) : b;
    }

    public static void main(String[] args) {
        long[] edges = {0L, 1L, -1L, 2L, -2L, Long.MAX_VALUE, Long.MIN_VALUE, 0xFFFFFFFFL, 0x100000000L, 10L, -10L, 1L << 62};
        for (long a : edges) {
            StringBuilder line = new StringBuilder(Long.toUnsignedString(a) + ":");
            for (long b : edges) {
                if (b == 0) {
                    continue;
                }
                line.append(' ').append(Long.toUnsignedString(Long.divideUnsigned(a, b))).append('r')
                        .append(Long.toUnsignedString(Long.remainderUnsigned(a, b)))
                        .append(Long.compareUnsigned(a, b) < 0 ? '<' : Long.compareUnsigned(a, b) > 0 ? '>' : '=');
            }
            System.out.println(line);
        }
        int[] intEdges = {0, 1, -1, 7, -7, Integer.MAX_VALUE, Integer.MIN_VALUE, 0xFFFF, 0x10000};
        for (int a : intEdges) {
            StringBuilder line = new StringBuilder(Integer.toUnsignedString(a) + ":");
            for (int b : intEdges) {
                if (b == 0) {
                    continue;
                }
                line.append(' ').append(Integer.toUnsignedString(Integer.divideUnsigned(a, b))).append('r')
                        .append(Integer.toUnsignedString(Integer.remainderUnsigned(a, b)));
            }
            System.out.println(line + " long " + Integer.toUnsignedLong(a));
        }
        long state = 0xFEEDFACEL;
        int checked = 0;
        int wrong = 0;
        for (int n = 0; n < 20000; n++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            long a = state;
            long b = (state * 0x9E3779B97F4A7C15L) >>> (n % 64);
            if (b == 0) {
                b = 3;
            }
            BigInteger ua = unsigned(a);
            BigInteger ub = unsigned(b);
            BigInteger[] qr = ua.divideAndRemainder(ub);
            boolean ok = unsigned(Long.divideUnsigned(a, b)).equals(qr[0])
                    && unsigned(Long.remainderUnsigned(a, b)).equals(qr[1])
                    && Long.compareUnsigned(a, b) == Integer.signum(ua.compareTo(ub))
                    && Long.toUnsignedString(a).equals(ua.toString())
                    && Long.toUnsignedString(a, 36).equals(ua.toString(36))
                    && Long.parseUnsignedLong(ua.toString()) == a
                    && Math.unsignedMultiplyHigh(a, b) == ua.multiply(ub).shiftRight(64).longValue()
                    && Math.multiplyHigh(a, b) == BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).shiftRight(64).longValue();
            int ia = (int) a;
            int ib = (int) b == 0 ? 5 : (int) b;
            long la = Integer.toUnsignedLong(ia);
            long lb = Integer.toUnsignedLong(ib);
            ok &= Integer.divideUnsigned(ia, ib) == (int) (la / lb)
                    && Integer.remainderUnsigned(ia, ib) == (int) (la % lb)
                    && Integer.compareUnsigned(ia, ib) == Long.compare(la, lb)
                    && Integer.toUnsignedString(ia).equals(Long.toString(la))
                    && Integer.parseUnsignedInt(Long.toString(la)) == ia;
            checked++;
            if (!ok) {
                wrong++;
                if (wrong <= 5) {
                    System.out.println("wrong " + a + " " + b);
                }
            }
        }
        System.out.println("seeded " + checked + " wrong " + wrong);
        // Parsing unsigned values at and past the limits.
        String[] texts = {"18446744073709551615", "18446744073709551616", "4294967295", "4294967296", "-1", "+1", "0", ""};
        for (String t : texts) {
            String asLong;
            String asInt;
            try {
                asLong = Long.toUnsignedString(Long.parseUnsignedLong(t));
            } catch (NumberFormatException e) {
                asLong = "NumberFormatException";
            }
            try {
                asInt = Integer.toUnsignedString(Integer.parseUnsignedInt(t));
            } catch (NumberFormatException e) {
                asInt = "NumberFormatException";
            }
            System.out.println("parse [" + t + "] long " + asLong + " int " + asInt);
        }
        System.out.println("radix " + Long.parseUnsignedLong("ffffffffffffffff", 16) + " " + Integer.parseUnsignedInt("zik0zj", 36)
                + " " + Long.toUnsignedString(Long.MIN_VALUE, 2).length() + " " + Integer.toUnsignedString(-1, 16));
    }
}
