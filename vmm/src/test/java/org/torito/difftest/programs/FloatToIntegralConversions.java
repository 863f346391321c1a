package org.torito.difftest.programs;

/** Narrowing and widening conversions between every floating-point and integral type at their boundaries (JLS 5.1.2, 5.1.3). */
public class FloatToIntegralConversions {
    static final double[] DOUBLES = {
        0.0, -0.0, 0.5, -0.5, 0.9999999999999999, -0.9999999999999999, 1.5, -1.5, 127.5, 128.0, -128.5, -129.0,
        255.9, 32767.9, 32768.0, -32768.9, -32769.0, 65535.9, 65536.0, 2147483646.5, 2147483647.0, 2147483647.9,
        2147483648.0, -2147483648.9, -2147483649.0, 4294967296.5, 9.223372036854775E18, 9.223372036854776E18,
        -9.223372036854776E18, -9.223372036854778E18, 1e300, -1e300, Double.MIN_VALUE, -Double.MIN_VALUE,
        Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
    };
    static final float[] FLOATS = {
        0.0f, -0.0f, 0.99999994f, -1.5f, 127.5f, 255.5f, 32767.5f, 65535.5f, 65536.0f, 16777217f, 2.14748365E9f,
        2.1474836E9f, -2.14748365E9f, -2.1474839E9f, 9.223372E18f, 9.2233725E18f, -9.2233725E18f, 1e30f,
        Float.MIN_VALUE, Float.MAX_VALUE, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
    };

    public static void main(String[] args) {
        // Array elements, not constants: javac would fold constant casts at compile time.
        for (double d : DOUBLES) {
            System.out.println("double " + d + " -> int " + (int) d + " long " + (long) d + " char " + (int) (char) d
                    + " short " + (short) d + " byte " + (byte) d + " float " + (float) d);
        }
        for (float f : FLOATS) {
            System.out.println("float " + f + " -> int " + (int) f + " long " + (long) f + " char " + (int) (char) f
                    + " short " + (short) f + " byte " + (byte) f + " double " + (double) f);
        }
        // double -> float rounds to nearest even, overflows to infinity, underflows through the subnormals.
        double[] toFloat = {
            1.0000000596046448, 1.0000000596046449, 1.0000001788139343, 3.4028235677973366E38, 3.4028235677973362E38,
            3.4028236E38, 1.401298464324817E-45, 7.006492321624085E-46, 7.006492321624087E-46, 1e-46, -1e-46,
            1.1754942807573643E-38, 0.1, 1.0 / 3,
        };
        for (double d : toFloat) {
            float f = (float) d;
            System.out.println("to float " + d + " -> " + f + " " + Integer.toHexString(Float.floatToIntBits(f)));
        }
        // long -> float/double and int -> float lose low bits, rounding to nearest even.
        long[] longs = {
            (1L << 53) + 1, (1L << 53) + 3, (1L << 54) + 2, (1L << 54) + 6, Long.MAX_VALUE, Long.MIN_VALUE,
            Long.MAX_VALUE - 1023, Long.MAX_VALUE - 1024, Long.MAX_VALUE - 512, (1L << 24) + 1, (1L << 24) + 3,
            -((1L << 53) + 1), 0x7FFFFF7FFFFFFFFFL, 0x7FFFFF8000000000L,
        };
        for (long l : longs) {
            System.out.println("long " + l + " -> double " + (double) l + " float " + (float) l + " back "
                    + (long) (double) l + " " + (long) (float) l);
        }
        int[] ints = {16777217, 16777219, -16777217, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x7FFFFFC0, 0x7FFFFF80, 123456789};
        for (int i : ints) {
            float f = i;
            System.out.println("int " + i + " -> float " + f + " back " + (int) f + " diff " + (i - (int) f));
        }
        // Integral narrowing keeps the low bits.
        long[] wide = {0x1_0000_0080L, 0xFFFF_FFFF_8000_0000L, 0x7FFF_FFFF_FFFF_FFFFL, 0x1_2345_6789_ABCDL, -129, 65536 + 65};
        for (long l : wide) {
            System.out.println("narrow " + l + " -> int " + (int) l + " short " + (short) l + " char " + (int) (char) l
                    + " byte " + (byte) l);
        }
        char c = '\uFFFF';
        short s = (short) c;
        byte b = (byte) c;
        System.out.println("char " + (int) c + " short " + s + " byte " + b + " back " + (int) (char) s + " " + (int) (char) b);
        // Compound assignment narrows after the wide operation.
        int acc = 7;
        acc *= 1e10;
        long lacc = 1;
        lacc += 1e19;
        char cacc = 'A';
        cacc += 65536.7;
        byte bacc = 100;
        bacc *= 3.3;
        System.out.println("compound " + acc + " " + lacc + " " + (int) cacc + " " + bacc);
        // Summing a conversion over a seeded range: a checksum of many values at once.
        long seed = 0x2545F4914F6CDD1DL;
        long sum = 0;
        for (int n = 0; n < 2000; n++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double d = Double.longBitsToDouble((seed >>> 2) | (n % 2 == 0 ? 0 : Long.MIN_VALUE));
            sum = sum * 31 + (int) d + (long) d * 7 + (short) d + (byte) d + (char) d;
            sum ^= (long) (float) d;
        }
        System.out.println("checksum " + sum);
    }
}
