package org.torito.difftest.programs;

/** toHexString/toOctalString/toBinaryString of ints, longs, floats and doubles at their edges, and the bit conversions of NaNs and subnormals. */
public class HexStringsAndBits {
    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 255, -256, 0x7FFFFFFF, 0x80000000, 0x12345678, 0xCAFEBABE, 8, -8};
        for (int i : ints) {
            System.out.println("int " + i + " hex " + Integer.toHexString(i) + " oct " + Integer.toOctalString(i)
                    + " bin " + Integer.toBinaryString(i) + " unsigned " + Integer.toUnsignedString(i)
                    + " u36 " + Integer.toUnsignedString(i, 36));
        }
        long[] longs = {0L, -1L, 1L << 63, Long.MAX_VALUE, 0xDEADBEEFCAFEL, -0x100000000L, 0xFFFFFFFFL, 511L};
        for (long l : longs) {
            System.out.println("long " + l + " hex " + Long.toHexString(l) + " oct " + Long.toOctalString(l)
                    + " bin " + Long.toBinaryString(l).length() + ":" + Long.toBinaryString(l) + " unsigned "
                    + Long.toUnsignedString(l) + " u7 " + Long.toUnsignedString(l, 7));
        }
        // Narrow types widen with sign extension first.
        byte b = (byte) 0x80;
        short s = (short) 0xFFFE;
        char c = '\uFFFE';
        System.out.println("narrow " + Integer.toHexString(b) + " " + Integer.toHexString(s) + " " + Integer.toHexString(c)
                + " " + Integer.toHexString(b & 0xFF) + " " + Integer.toHexString(Byte.toUnsignedInt(b)) + " "
                + Long.toHexString(Short.toUnsignedLong(s)));
        double[] doubles = {
            0.0, -0.0, 1.0, -1.0, 0.1, 2.0, 0.5, 1.5, 1024.0, Double.MAX_VALUE, Double.MIN_NORMAL, Double.MIN_VALUE,
            Double.MIN_VALUE * 3, Double.MIN_NORMAL / 2, Double.MIN_NORMAL - Double.MIN_VALUE, Math.PI, -Math.E,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Math.ulp(1.0), 1e-320,
        };
        for (double d : doubles) {
            System.out.println("double " + d + " hex " + Double.toHexString(d) + " bits "
                    + Long.toHexString(Double.doubleToLongBits(d)) + " raw " + Long.toHexString(Double.doubleToRawLongBits(d))
                    + " exp " + Math.getExponent(d));
        }
        float[] floats = {
            0.0f, -0.0f, 1.0f, 0.1f, -2.5f, Float.MAX_VALUE, Float.MIN_NORMAL, Float.MIN_VALUE, Float.MIN_NORMAL / 4,
            Float.NaN, Float.NEGATIVE_INFINITY, 16777216f, (float) Math.PI,
        };
        for (float f : floats) {
            System.out.println("float " + f + " hex " + Float.toHexString(f) + " bits "
                    + Integer.toHexString(Float.floatToIntBits(f)) + " as double " + Double.toHexString(f)
                    + " exp " + Math.getExponent(f));
        }
        // floatToIntBits folds every NaN to the canonical one; the raw form keeps a quiet NaN's payload.
        long[] nanBits = {0x7FF8000000000001L, 0xFFF8000000000000L, 0x7FFFFFFFFFFFFFFFL, 0xFFFFFFFFFFFFFFFFL};
        for (long bits : nanBits) {
            double nan = Double.longBitsToDouble(bits);
            System.out.println("NaN " + Long.toHexString(bits) + " isNaN " + Double.isNaN(nan) + " bits "
                    + Long.toHexString(Double.doubleToLongBits(nan)) + " raw " + Long.toHexString(Double.doubleToRawLongBits(nan))
                    + " hex " + Double.toHexString(nan) + " str " + nan);
        }
        int[] floatNanBits = {0x7FC00001, 0xFFC00000, 0x7FFFFFFF};
        for (int bits : floatNanBits) {
            float nan = Float.intBitsToFloat(bits);
            System.out.println("float NaN " + Integer.toHexString(bits) + " bits " + Integer.toHexString(Float.floatToIntBits(nan))
                    + " raw " + Integer.toHexString(Float.floatToRawIntBits(nan)));
        }
        // Round trips through the bit patterns of every binade edge.
        StringBuilder trips = new StringBuilder();
        for (int e = 0; e < 2048; e += 97) {
            long bits = ((long) e << 52) | (e * 0x9E3779B97F4AL & 0xFFFFFFFFFFFFFL);
            double d = Double.longBitsToDouble(bits);
            boolean same = Double.doubleToRawLongBits(d) == bits;
            trips.append(same ? '.' : 'x');
            if (e % 5 == 0) {
                trips.append(Double.toHexString(d)).append(' ');
            }
        }
        System.out.println("trips " + trips);
        // The hex form parses back to the same value.
        String[] hex = {"0x1.0p0", "0x1.fffffffffffffp1023", "0x0.0000000000001p-1022", "-0x1.8p1", "0x1p-1074", "0x1.000001p0f", "0X.8P1"};
        for (String h : hex) {
            System.out.println("parse " + h + " = " + Double.parseDouble(h) + " float " + Float.parseFloat(h));
        }
    }
}
