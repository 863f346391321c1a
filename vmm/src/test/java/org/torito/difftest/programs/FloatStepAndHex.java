package org.torito.difftest.programs;

/** Double/Float compare, isFinite, MIN_NORMAL, nextUp/nextDown/nextAfter, scalb, getExponent, copySign, ulp, toHexString. */
public final class FloatStepAndHex {
    private FloatStepAndHex() {
    }

    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -1.0, 0.1, 1.5, 3.0, 1024.0, Double.MIN_VALUE, Double.MIN_NORMAL,
            Double.MIN_NORMAL - Double.MIN_VALUE, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NaN, 1e-310, -2.5e-320, 0x1.fffffffffffffp-1};
        for (double d : ds) {
            System.out.println("d " + Double.toHexString(d) + ": finite=" + Double.isFinite(d) + " inf=" + Double.isInfinite(d)
                    + " exp=" + Math.getExponent(d) + " up=" + Double.toHexString(Math.nextUp(d))
                    + " down=" + Double.toHexString(Math.nextDown(d)) + " after0=" + Double.toHexString(Math.nextAfter(d, 0.0))
                    + " afterInf=" + Double.toHexString(Math.nextAfter(d, Double.NEGATIVE_INFINITY))
                    + " scalb3=" + Double.toHexString(Math.scalb(d, 3)) + " scalb-1074=" + Double.toHexString(Math.scalb(d, -1074))
                    + " scalb2000=" + Math.scalb(d, 2000) + " cs=" + Math.copySign(2.0, d) + " sig=" + Math.signum(d)
                    + " ulp=" + Double.toHexString(Math.ulp(d)));
        }
        float[] fs = {0.0f, -0.0f, 1.0f, 0.1f, -3.75f, Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE,
            Float.POSITIVE_INFINITY, Float.NaN, 1e-40f};
        for (float f : fs) {
            System.out.println("f " + Float.toHexString(f) + ": finite=" + Float.isFinite(f) + " exp=" + Math.getExponent(f)
                    + " up=" + Float.toHexString(Math.nextUp(f)) + " down=" + Float.toHexString(Math.nextDown(f))
                    + " after=" + Float.toHexString(Math.nextAfter(f, 1.0)) + " scalb=" + Float.toHexString(Math.scalb(f, -3))
                    + " cs=" + Math.copySign(1.5f, f) + " ulp=" + Float.toHexString(Math.ulp(f)));
        }
        // compare orders -0.0 before 0.0 and NaN after everything; == and < do not.
        double[] order = {Double.NaN, 0.0, -0.0, Double.NEGATIVE_INFINITY, 1.0, -1.0};
        StringBuilder cmp = new StringBuilder("compare:");
        for (double a : order) {
            for (double b : order) {
                cmp.append(' ').append(Double.compare(a, b)).append(a == b ? '=' : a < b ? '<' : '.');
            }
        }
        System.out.println(cmp);
        StringBuilder fcmp = new StringBuilder("fcompare:");
        for (float a : new float[] {Float.NaN, 0.0f, -0.0f, 1.0f}) {
            for (float b : new float[] {Float.NaN, 0.0f, -0.0f, 1.0f}) {
                fcmp.append(' ').append(Float.compare(a, b)).append(Float.valueOf(a).compareTo(b));
            }
        }
        System.out.println(fcmp);
        System.out.println("constants " + Double.MIN_NORMAL + " " + Float.MIN_NORMAL + " " + Double.MAX_EXPONENT + " "
                + Double.MIN_EXPONENT + " " + Float.MAX_EXPONENT + " " + Float.MIN_EXPONENT + " " + Double.SIZE + " "
                + Float.BYTES + " " + Double.toHexString(Double.MIN_NORMAL) + " " + Float.toHexString(Float.MIN_VALUE));
        System.out.println("minmax " + Double.min(-0.0, 0.0) + " " + Double.max(-0.0, 0.0) + " " + Double.max(Double.NaN, 1.0)
                + " " + Double.sum(0.1, 0.2) + " " + Float.min(-0.0f, 0.0f) + " " + Float.max(Float.NaN, 1f)
                + " " + Double.valueOf(0.0).equals(-0.0) + " " + (0.0 == -0.0) + " " + Double.valueOf(Double.NaN).equals(Double.NaN));
        System.out.println("scalb rounding " + Double.toHexString(Math.scalb(0x1.0000000000001p0, -1075)) + " "
                + Double.toHexString(Math.scalb(0x1.8p0, -1074)) + " " + Double.toHexString(Math.scalb(0x1.8p0, -1075))
                + " " + Double.toHexString(Math.scalb(Double.MIN_VALUE, 1074)) + " " + Math.scalb(1.0, Integer.MAX_VALUE)
                + " " + Math.scalb(1.0, Integer.MIN_VALUE) + " " + Math.scalb(-1.0, Integer.MIN_VALUE));
        System.out.println("nextAfter " + Math.nextAfter(0.0, -1.0) + " " + Math.nextAfter(-0.0, 1.0) + " "
                + Math.nextAfter(1.0, 1.0) + " " + Math.nextAfter(-0.0, 0.0) + " " + Math.nextAfter(0.0, -0.0) + " "
                + Math.nextAfter(1.0, Double.NaN) + " " + Math.nextUp(Double.MAX_VALUE) + " " + Math.nextDown(Double.NEGATIVE_INFINITY)
                + " " + Math.nextAfter(Float.MAX_VALUE, Double.POSITIVE_INFINITY));
        System.out.println("copySign NaN " + Math.copySign(1.0, Double.NaN) + " " + Math.copySign(1.0, -Double.NaN)
                + " " + StrictMath.copySign(1.0, -0.0) + " " + Math.abs(-Double.NaN) + " " + Double.toHexString(-0.0)
                + " " + Double.toHexString(1.0) + " " + Double.toHexString(-0x1.8p-1060) + " " + Float.toHexString(-0.5f));
    }
}
