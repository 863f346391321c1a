package org.torito.difftest.programs;

import java.math.BigInteger;
import java.util.Arrays;

/** BigInteger two's-complement views: shifts of negatives, bitLength, bitCount, testBit/setBit/clearBit/flipBit, and/or/xor/not, toByteArray, toString(radix). */
public final class BigIntegerBits {
    private BigIntegerBits() {
    }

    public static void main(String[] args) {
        BigInteger[] vs = {BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(-1), BigInteger.valueOf(127), BigInteger.valueOf(128),
            BigInteger.valueOf(-128), BigInteger.valueOf(-129), BigInteger.valueOf(255), BigInteger.valueOf(-256),
            BigInteger.valueOf(Long.MIN_VALUE), BigInteger.ONE.shiftLeft(64), BigInteger.ONE.shiftLeft(64).negate(),
            new BigInteger("-123456789012345678901234567890"), new BigInteger("7fffffffffffffffffff", 16)};
        for (BigInteger v : vs) {
            System.out.println(v + ": bitLength=" + v.bitLength() + " bitCount=" + v.bitCount() + " lowest=" + v.getLowestSetBit()
                    + " bytes=" + Arrays.toString(v.toByteArray()) + " >>1=" + v.shiftRight(1) + " >>3=" + v.shiftRight(3)
                    + " >>70=" + v.shiftRight(70) + " <<3=" + v.shiftLeft(3) + " <<-2=" + v.shiftLeft(-2) + " not=" + v.not()
                    + " test0,7,63,200=" + v.testBit(0) + v.testBit(7) + v.testBit(63) + v.testBit(200) + " set5=" + v.setBit(5)
                    + " clear0=" + v.clearBit(0) + " flip70=" + v.flipBit(70) + " and-6=" + v.and(BigInteger.valueOf(-6))
                    + " or5=" + v.or(BigInteger.valueOf(5)) + " xor-1=" + v.xor(BigInteger.valueOf(-1))
                    + " andNot12=" + v.andNot(BigInteger.valueOf(12)));
            StringBuilder radixes = new StringBuilder("  radix:");
            for (int r : new int[] {2, 3, 8, 16, 36}) {
                String s = v.toString(r);
                radixes.append(' ').append(s);
                if (r >= 2 && r <= 36 && !new BigInteger(s, r).equals(v)) {
                    radixes.append("(!)");
                }
            }
            System.out.println(radixes);
        }
        byte[][] arrays = {{0}, {-1}, {0, -1}, {-1, -1, -1}, {1, 0, 0, 0, 0, 0, 0, 0, 0}, {-128}, {0, 0, 5}, {(byte) 0x80, 0}};
        for (byte[] a : arrays) {
            BigInteger b = new BigInteger(a);
            BigInteger u = new BigInteger(1, a);
            System.out.println("from " + Arrays.toString(a) + ": " + b + " unsigned " + u + " back " + Arrays.toString(b.toByteArray())
                    + " neg-magnitude " + new BigInteger(-1, a));
        }
        String[] texts = {"0", "-0", "+15", "-ff", "z", "00012", "", "-", "1 ", "1e3"};
        for (String t : texts) {
            try {
                System.out.println("parse \"" + t + "\" " + new BigInteger(t, 16) + " " + new BigInteger(t, 36));
            } catch (RuntimeException e) {
                System.out.println("parse \"" + t + "\": " + e.getClass().getName());
            }
        }
        try {
            System.out.println(BigInteger.ONE.testBit(-1));
        } catch (ArithmeticException e) {
            System.out.println("testBit(-1): " + e.getClass().getName());
        }
        // Arithmetic shift of a negative rounds towards minus infinity, unlike divide.
        BigInteger n = BigInteger.valueOf(-9);
        System.out.println("-9 >> 1 = " + n.shiftRight(1) + ", -9 / 2 = " + n.divide(BigInteger.TWO) + ", -9L >> 1 = " + (-9L >> 1)
                + ", -1 >> 1000 = " + BigInteger.valueOf(-1).shiftRight(1000) + ", 1 << 100 = " + BigInteger.ONE.shiftLeft(100)
                + ", -1 << 100 bitLength " + BigInteger.ONE.negate().shiftLeft(100).bitLength());
        long checksum = 0;
        for (int i = 0; i < 200; i++) {
            BigInteger v = BigInteger.valueOf(i * 0x9E3779B9L - 0x7F4A7C15L).shiftLeft(i % 70).subtract(BigInteger.valueOf(i));
            checksum = checksum * 31 + v.bitLength() * 7 + v.bitCount() + v.shiftRight(i % 13).longValue() + v.toString(7).length();
        }
        System.out.println("checksum " + checksum);
    }
}
