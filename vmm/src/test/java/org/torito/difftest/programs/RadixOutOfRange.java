package org.torito.difftest.programs;

import java.math.BigInteger;

/** toString and parse with a radix outside 2..36: toString falls back to radix 10, parse throws NumberFormatException. */
public final class RadixOutOfRange {
    private RadixOutOfRange() {
    }

    public static void main(String[] args) {
        BigInteger[] values = {BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(-255), BigInteger.valueOf(Long.MIN_VALUE),
            BigInteger.ONE.shiftLeft(64), new BigInteger("-123456789012345678901234567890")};
        for (int radix : new int[] {37, 1}) {
            for (BigInteger v : values) {
                System.out.println("BigInteger " + v + " radix " + radix + ": " + v.toString(radix));
            }
        }
        // Ordered so that the radixes the AOT side gets stuck on (0 and 1: it divides by the radix until 0) come last.
        for (int radix : new int[] {37, 99, -1, 0, 1}) {
            System.out.println("radix " + radix + ": int " + Integer.toString(255, radix) + " " + Integer.toString(-255, radix)
                    + " unsigned " + Integer.toUnsignedString(-1, radix) + " " + Long.toUnsignedString(-1L, radix)
                    + " long " + Long.toString(255L, radix) + " " + Long.toString(0L, radix)
                    + " parse " + parse("11", radix) + " char " + Character.digit('1', radix) + "/" + (int) Character.forDigit(1, radix));
        }
        System.out.println("long 1 radix 1: " + Long.toString(1L, 1) + " " + Long.toString(-7L, 1));
    }

    private static String parse(String s, int radix) {
        try {
            return String.valueOf(Integer.parseInt(s, radix));
        } catch (NumberFormatException e) {
            return "NFE(" + e.getMessage() + ")";
        }
    }
}
