package org.torito.difftest.programs;

/** Long's bit methods (bitCount, reverse, reverseBytes, highestOneBit, lowestOneBit, leading/trailing zeros, rotations by any distance, signum) on edge and seeded longs, checked against bit-by-bit definitions. */
public class LongBitMethods {
    static int slowBitCount(long x) {
        int n = 0;
        for (int b = 0; b < 64; b++) {
            n += (int) ((x >>> b) & 1);
        }
        return n;
    }

    static long slowReverse(long x) {
        long r = 0;
        for (int b = 0; b < 64; b++) {
            r |= ((x >>> b) & 1) << (63 - b);
        }
        return r;
    }

    static int slowLeading(long x) {
        int n = 0;
        for (int b = 63; b >= 0 && ((x >>> b) & 1) == 0; b--) {
            n++;
        }
        return n;
    }

    static int slowTrailing(long x) {
        int n = 0;
        for (int b = 0; b < 64 && ((x >>> b) & 1) == 0; b++) {
            n++;
        }
        return n;
    }

    public static void main(String[] args) {
        long[] edges = {0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 32, 0xFFFFFFFFL, 0xFFFFFFFF00000000L,
            0x5555555555555555L, 0x0123456789ABCDEFL, Long.MIN_VALUE + 1, 1L << 31, -(1L << 31), 0x8000000080000000L};
        for (long x : edges) {
            System.out.println(Long.toHexString(x) + " bitCount " + Long.bitCount(x) + " reverse "
                    + Long.toHexString(Long.reverse(x)) + " reverseBytes " + Long.toHexString(Long.reverseBytes(x))
                    + " highest " + Long.toHexString(Long.highestOneBit(x)) + " lowest " + Long.toHexString(Long.lowestOneBit(x))
                    + " nlz " + Long.numberOfLeadingZeros(x) + " ntz " + Long.numberOfTrailingZeros(x) + " signum " + Long.signum(x));
        }
        long x = 0x0123456789ABCDEFL;
        int[] distances = {0, 1, 8, 31, 32, 33, 63, 64, 65, -1, -8, -64, 1000, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int d : distances) {
            System.out.println("rotate " + d + " left " + Long.toHexString(Long.rotateLeft(x, d)) + " right "
                    + Long.toHexString(Long.rotateRight(x, d)) + " same " + (Long.rotateLeft(x, d) == Long.rotateRight(x, -d))
                    + " shifts " + Long.toHexString(x << d) + " " + Long.toHexString(x >>> d) + " " + Long.toHexString(-x >> d));
        }
        // An int widened to long sign-extends before the long methods see it.
        int negative = -2;
        System.out.println("widened " + Long.bitCount(negative) + " " + Long.numberOfLeadingZeros(negative) + " "
                + Long.numberOfLeadingZeros(negative & 0xFFFFFFFFL) + " " + Long.toHexString(Long.reverse(negative)));
        long state = 0xBADC0DEL;
        int mismatches = 0;
        long checksum = 0;
        for (int n = 0; n < 20000; n++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            long v = state >>> (n % 64);
            if (n % 3 == 0) {
                v = -v;
            }
            boolean good = Long.bitCount(v) == slowBitCount(v)
                    && Long.reverse(v) == slowReverse(v)
                    && Long.numberOfLeadingZeros(v) == slowLeading(v)
                    && Long.numberOfTrailingZeros(v) == slowTrailing(v)
                    && Long.reverseBytes(Long.reverseBytes(v)) == v
                    && Long.highestOneBit(v) == (v == 0 ? 0 : Long.MIN_VALUE >>> slowLeading(v))
                    && Long.lowestOneBit(v) == (v & -v)
                    && Long.rotateLeft(v, n) == ((v << n) | (v >>> -n))
                    && Long.signum(v) == (v > 0 ? 1 : v < 0 ? -1 : 0);
            if (!good) {
                mismatches++;
                if (mismatches < 5) {
                    System.out.println("mismatch " + Long.toHexString(v));
                }
            }
            checksum = checksum * 31 + Long.bitCount(v) + Long.reverse(v) + Long.reverseBytes(v)
                    + Long.numberOfTrailingZeros(v) + Long.highestOneBit(v) + Long.rotateRight(v, n);
        }
        System.out.println("seeded mismatches " + mismatches + " checksum " + checksum);
    }
}
