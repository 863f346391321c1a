package org.torito.difftest.programs;

/** Unsigned compare/divide/remainder and bit utilities (highestOneBit, leading/trailing zeros, reverseBytes, signum) for int, long, short. */
public final class UnsignedAndBitOps {
    private UnsignedAndBitOps() {
    }

    public static void main(String[] args) {
        int[] ints = {0, 1, 2, 3, 7, -1, -2, 10, -10, 0x40000000, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x12345678, -7};
        for (int a : ints) {
            StringBuilder line = new StringBuilder("i " + a + ":");
            line.append(" hob=").append(Integer.highestOneBit(a)).append(" lob=").append(Integer.lowestOneBit(a))
                    .append(" nlz=").append(Integer.numberOfLeadingZeros(a)).append(" ntz=").append(Integer.numberOfTrailingZeros(a))
                    .append(" sig=").append(Integer.signum(a)).append(" rb=").append(Integer.toHexString(Integer.reverseBytes(a)))
                    .append(" bc=").append(Integer.bitCount(a)).append(" rev=").append(Integer.toHexString(Integer.reverse(a)))
                    .append(" ul=").append(Integer.toUnsignedLong(a)).append(" |");
            for (int b : new int[] {1, 2, 3, 7, -1, -2, Integer.MIN_VALUE, 10}) {
                line.append(' ').append(Integer.compareUnsigned(a, b) < 0 ? '<' : Integer.compareUnsigned(a, b) > 0 ? '>' : '=')
                        .append(Integer.divideUnsigned(a, b)).append('r').append(Integer.remainderUnsigned(a, b));
            }
            System.out.println(line);
        }
        long[] longs = {0L, 1L, 3L, -1L, -2L, 10L, -10L, Long.MAX_VALUE, Long.MIN_VALUE, 0x0123456789ABCDEFL, 1L << 40, -7L};
        for (long a : longs) {
            StringBuilder line = new StringBuilder("l " + a + ":");
            line.append(" hob=").append(Long.highestOneBit(a)).append(" lob=").append(Long.lowestOneBit(a))
                    .append(" nlz=").append(Long.numberOfLeadingZeros(a)).append(" ntz=").append(Long.numberOfTrailingZeros(a))
                    .append(" sig=").append(Long.signum(a)).append(" rb=").append(Long.toHexString(Long.reverseBytes(a)))
                    .append(" bc=").append(Long.bitCount(a)).append(" us=").append(Long.toUnsignedString(a)).append(" |");
            for (long b : new long[] {1L, 3L, -1L, -2L, Long.MIN_VALUE, 10L, 1L << 33}) {
                line.append(' ').append(Long.compareUnsigned(a, b) < 0 ? '<' : Long.compareUnsigned(a, b) > 0 ? '>' : '=')
                        .append(Long.toUnsignedString(Long.divideUnsigned(a, b))).append('r')
                        .append(Long.toUnsignedString(Long.remainderUnsigned(a, b)));
            }
            System.out.println(line);
        }
        for (short s : new short[] {0, 1, -1, 0x1234, Short.MIN_VALUE, (short) 0xFF00}) {
            System.out.println("s " + s + ": rb=" + Short.reverseBytes(s) + " u=" + Short.toUnsignedInt(s)
                    + " hash=" + Short.hashCode(s) + " " + Short.valueOf(s).hashCode());
        }
        System.out.println("rotate " + Integer.rotateLeft(0x80000001, 1) + " " + Integer.rotateRight(1, 33) + " "
                + Long.rotateLeft(Long.MIN_VALUE, 65) + " " + Integer.rotateLeft(1, -1) + " " + Long.reverse(1L)
                + " " + Integer.compare(-1, 1) + " " + Integer.sum(Integer.MAX_VALUE, 1) + " " + Long.sum(Long.MAX_VALUE, 1)
                + " " + Integer.max(-3, 2) + " " + Long.min(-3, 2));
    }
}
