package org.torito.difftest.programs;

/** double/float semantics: NaN comparisons, signed zero, casts of NaN/inf/huge, rounding, bits. */
public class FloatingPoint {
    public static void main(String[] args) {
        // Neighbours, as bits (Double.toString is FloatFormatting's subject).
        for (double d : new double[] {12345.678, 1.0, 0.1, Double.MIN_VALUE, Double.MIN_NORMAL, 1e23}) {
            System.out.println("next " + Long.toHexString(Double.doubleToLongBits(d)) + ": up "
                    + Long.toHexString(Double.doubleToLongBits(Math.nextUp(d))) + " down "
                    + Long.toHexString(Double.doubleToLongBits(Math.nextDown(d))));
        }
        double nan = opaque(Double.NaN);
        double[] ds = {0.0, -0.0, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, 1e10, -1e10, 3e9, -3e9, 1e19, -1e19,
            9.223372036854776E18, Double.MAX_VALUE, Double.MIN_VALUE, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, nan, 2147483647.5, -2147483648.5, 4503599627370497.0};
        for (double d : ds) {
            System.out.println("d " + Double.doubleToRawLongBits(d) + " int=" + (int) d + " long=" + (long) d
                    + " char=" + (int) (char) d + " short=" + (short) d + " byte=" + (byte) d + " float=" + Float.floatToRawIntBits((float) d)
                    + " floor=" + Double.doubleToLongBits(Math.floor(d)) + " ceil=" + Double.doubleToLongBits(Math.ceil(d))
                    + " rint=" + Double.doubleToLongBits(Math.rint(d)) + " round=" + Math.round(d)
                    + " abs=" + Double.doubleToLongBits(Math.abs(d)) + " sig=" + Double.doubleToLongBits(Math.signum(d))
                    + " nan=" + Double.isNaN(d) + " inf=" + Double.isInfinite(d) + " fin=" + Double.isFinite(d)
                    + " hash=" + Double.hashCode(d));
        }
        float fnan = opaque(Float.NaN);
        float[] fs = {0f, -0f, 1.5f, -2.5f, 3e9f, -3e9f, 1e20f, Float.MAX_VALUE, Float.MIN_VALUE,
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, fnan, 16777217f, 0.1f};
        for (float f : fs) {
            System.out.println("f " + Float.floatToRawIntBits(f) + " int=" + (int) f + " long=" + (long) f
                    + " round=" + Math.round(f) + " dbl=" + Double.doubleToLongBits(f) + " hash=" + Float.hashCode(f));
        }
        double one = opaque(1.0);
        double zero = opaque(0.0);
        System.out.println("nan cmp " + (nan == nan) + " " + (nan != nan) + " " + (nan < one) + " " + (nan > one)
                + " " + (nan <= nan) + " " + !(nan >= one) + " " + (fnan == fnan));
        System.out.println("Double.compare " + Double.compare(nan, nan) + " " + Double.compare(nan, Double.POSITIVE_INFINITY)
                + " " + Double.compare(0.0, -0.0) + " " + Double.compare(-0.0, 0.0) + " " + (0.0 == -0.0)
                + " " + Double.valueOf(0.0).equals(-0.0) + " " + Double.valueOf(nan).equals(nan)
                + " " + Float.compare(fnan, 1f) + " " + Float.compare(-0f, 0f));
        System.out.println("min/max " + Double.doubleToLongBits(Math.min(0.0, -0.0)) + " " + Double.doubleToLongBits(Math.max(-0.0, 0.0))
                + " " + Double.isNaN(Math.min(nan, one)) + " " + Double.isNaN(Math.max(one, nan))
                + " " + Float.floatToIntBits(Math.min(0f, -0f)) + " " + Float.isNaN(Math.max(fnan, 1f)));
        System.out.println("div " + Double.doubleToLongBits(one / zero) + " " + Double.doubleToLongBits(-one / zero)
                + " " + Double.doubleToLongBits(zero / zero) + " " + Double.doubleToLongBits(one / -zero)
                + " " + Double.doubleToLongBits(5.5 % 2.0) + " " + Double.doubleToLongBits(-5.5 % 2.0)
                + " " + Double.doubleToLongBits(5.5 % -0.0) + " " + Double.doubleToLongBits(Double.POSITIVE_INFINITY % 2)
                + " " + Float.floatToIntBits(7.25f % 2f));
        System.out.println("canon " + Double.doubleToLongBits(nan) + " " + Float.floatToIntBits(fnan)
                + " " + Double.longBitsToDouble(0x3FF0000000000001L) + " " + Float.intBitsToFloat(0x3F800001));
        System.out.println("math " + Double.doubleToLongBits(Math.sqrt(2)) + " " + Double.doubleToLongBits(Math.sqrt(-1))
                + " " + Double.doubleToLongBits(Math.pow(2, 0.5)) + " " + Double.doubleToLongBits(Math.pow(nan, 0))
                + " " + Double.doubleToLongBits(Math.hypot(3, 4)) + " " + Math.getExponent(1e300)
                + " " + Double.doubleToLongBits(Math.ulp(1.0)) + " " + Double.doubleToLongBits(Math.copySign(3.0, -0.0))
                + " " + Double.doubleToLongBits(Math.scalb(1.0, 1030)));
        double third = opaque(1.0 / 3.0);
        System.out.println("fma " + Double.doubleToLongBits(Math.fma(third, 3.0, -1.0)) + " " + (third * 3.0 - 1.0)
                + " " + Math.fma(0.1, 10.0, -1.0) + " " + Math.fma(-0.0, 1.0, 0.0) + " " + Math.fma(0.0, -1.0, -0.0)
                + " " + Math.fma(Double.MAX_VALUE, 2.0, Double.NEGATIVE_INFINITY) + " " + Math.fma(Double.POSITIVE_INFINITY, 0.0, 1.0)
                + " " + Math.fma(1e308, 10.0, -1e308) + " " + Math.fma(nan, 1.0, 1.0) + " " + Math.fma(2.0, 3.0, 4.0)
                + " " + Math.fma(0.1f, 10f, -1f) + " " + Math.fma(16777217f, 1f, 1f) + " " + Math.fma(1.0000001f, 1.0000001f, -1f)
                + " " + Math.fma(Float.MAX_VALUE, 2f, -Float.MAX_VALUE));
        // Exactly-rounded operations only: transcendental functions may differ by an ulp across libms.
        double acc = 0;
        float facc = 0;
        for (int i = 1; i <= 100_000; i++) {
            acc += 1.0 / i * (i % 2 == 0 ? -1 : 1);
            facc += 1.0f / i;
        }
        System.out.println("sums " + Double.doubleToLongBits(acc) + " " + Float.floatToIntBits(facc));
        long big = opaque(Long.MAX_VALUE);
        System.out.println("int->fp " + Double.doubleToLongBits((double) big) + " " + Float.floatToIntBits((float) big)
                + " " + Float.floatToIntBits((float) opaque(16777217)) + " " + Double.doubleToLongBits((double) (big - 1))
                + " " + (long) (double) big + " " + (int) (float) Integer.MAX_VALUE);
        System.out.println("strictfp " + Double.doubleToLongBits(0.1 + 0.2) + " " + Double.doubleToLongBits(1e308 * 10 / 10)
                + " " + Double.doubleToLongBits(Double.MIN_VALUE / 2) + " " + Float.floatToIntBits(0.1f * 3));
    }

    static double opaque(double v) {
        return v;
    }

    static float opaque(float v) {
        return v;
    }

    static long opaque(long v) {
        return v;
    }

    static int opaque(int v) {
        return v;
    }
}
