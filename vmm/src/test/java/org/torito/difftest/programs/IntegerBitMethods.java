package org.torito.difftest.programs;

/** Integer's bit methods (bitCount, reverse, reverseBytes, highestOneBit, lowestOneBit, leading/trailing zeros, rotations by any distance, signum) on edge and seeded ints, checked against bit-by-bit definitions. */
public class IntegerBitMethods {
    static int slowBitCount(int x) {
        int n = 0;
        for (int b = 0; b < 32; b++) {
            n += (x >>> b) & 1;
        }
        return n;
    }

    static int slowReverse(int x) {
        int r = 0;
        for (int b = 0; b < 32; b++) {
            r |= ((x >>> b) & 1) << (31 - b);
        }
        return r;
    }

    static int slowLeading(int x) {
        int n = 0;
        for (int b = 31; b >= 0 && ((x >>> b) & 1) == 0; b--) {
            n++;
        }
        return n;
    }

    static int slowTrailing(int x) {
        int n = 0;
        for (int b = 0; b < 32 && ((x >>> b) & 1) == 0; b++) {
            n++;
        }
        return n;
    }

    public static void main(String[] args) {
        int[] edges = {0, 1, -1, 2, 3, 0x80000000, 0x7FFFFFFF, 0x40000000, 0x00010000, 0x0000FFFF, 0xFFFF0000, 0x55555555,
            0xAAAAAAAA, 0x12345678, 0x80000001, 6, -6, 0x00800000};
        for (int x : edges) {
            System.out.println(Integer.toHexString(x) + " bitCount " + Integer.bitCount(x) + " reverse "
                    + Integer.toHexString(Integer.reverse(x)) + " reverseBytes " + Integer.toHexString(Integer.reverseBytes(x))
                    + " highest " + Integer.toHexString(Integer.highestOneBit(x)) + " lowest "
                    + Integer.toHexString(Integer.lowestOneBit(x)) + " nlz " + Integer.numberOfLeadingZeros(x) + " ntz "
                    + Integer.numberOfTrailingZeros(x) + " signum " + Integer.signum(x));
        }
        // Rotation distances are taken mod 32, negative ones rotate the other way.
        int x = 0x12345678;
        int[] distances = {0, 1, 4, 31, 32, 33, -1, -4, -32, 100, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int d : distances) {
            System.out.println("rotate " + d + " left " + Integer.toHexString(Integer.rotateLeft(x, d)) + " right "
                    + Integer.toHexString(Integer.rotateRight(x, d)) + " same " + (Integer.rotateLeft(x, d) == Integer.rotateRight(x, -d))
                    + " shifts " + Integer.toHexString(x << d) + " " + Integer.toHexString(x >>> d) + " " + Integer.toHexString(-x >> d));
        }
        // Short and Character have their own reverseBytes; bit methods of a narrow value see its sign extension.
        short s = (short) 0x80FF;
        char c = '\u80FF';
        byte b = (byte) 0x81;
        System.out.println("narrow " + Integer.toHexString(Short.reverseBytes(s)) + " " + Integer.toHexString(Character.reverseBytes(c))
                + " " + Integer.bitCount(s) + " " + Integer.bitCount(c) + " " + Integer.bitCount(b) + " " + Integer.bitCount(b & 0xFF)
                + " " + Integer.numberOfLeadingZeros(c) + " " + Integer.numberOfLeadingZeros(s));
        // Seeded values against the definitions, plus identities that tie the methods together.
        long state = 0xC0FFEE;
        int mismatches = 0;
        long checksum = 0;
        for (int n = 0; n < 20000; n++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            int v = (int) (state >>> 32) >>> (n % 32);
            if (n % 3 == 0) {
                v = -v;
            }
            boolean good = Integer.bitCount(v) == slowBitCount(v)
                    && Integer.reverse(v) == slowReverse(v)
                    && Integer.numberOfLeadingZeros(v) == slowLeading(v)
                    && Integer.numberOfTrailingZeros(v) == slowTrailing(v)
                    && Integer.reverse(Integer.reverse(v)) == v
                    && Integer.reverseBytes(Integer.reverseBytes(v)) == v
                    && Integer.highestOneBit(v) == (v == 0 ? 0 : Integer.MIN_VALUE >>> slowLeading(v))
                    && Integer.lowestOneBit(v) == (v & -v)
                    && Integer.rotateLeft(v, n) == ((v << n) | (v >>> -n))
                    && Integer.signum(v) == (v > 0 ? 1 : v < 0 ? -1 : 0);
            if (!good) {
                mismatches++;
                if (mismatches < 5) {
                    System.out.println("mismatch " + Integer.toHexString(v));
                }
            }
            checksum = checksum * 31 + Integer.bitCount(v) + Integer.reverse(v) + Integer.reverseBytes(v)
                    + Integer.numberOfLeadingZeros(v) + Integer.highestOneBit(v) + Integer.rotateRight(v, n);
        }
        System.out.println("seeded mismatches " + mismatches + " checksum " + checksum);
    }
}
