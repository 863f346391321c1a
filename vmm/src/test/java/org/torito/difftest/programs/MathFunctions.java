package org.torito.difftest.programs;

/**
 * java.lang.Math's transcendental functions, which in a guest come from the platform's libm
 * (musl's). Java allows them 1 ulp of error and HotSpot's own intrinsics differ from fdlibm in
 * the last bit, so ordinary results are compared to 31 significant bits; special values (NaN,
 * infinities, signed zeros, and the cases the spec makes exact) are compared exactly.
 */
public final class MathFunctions {
    private MathFunctions() {
    }

    public static void main(String[] args) {
        double[] xs = {0.5, 1.0, 2.0, 3.141592653589793, 10.0, 123.456, 1e-5, 0.7853981633974483, 1e6};
        for (double x : xs) {
            System.out.println("x=" + scaled(x) + " sin=" + scaled(Math.sin(x)) + " cos=" + scaled(Math.cos(x))
                    + " tan=" + scaled(Math.tan(x)) + " exp=" + scaled(Math.exp(Math.min(x, 50)))
                    + " log=" + scaled(Math.log(x)) + " log10=" + scaled(Math.log10(x))
                    + " sqrt=" + scaled(Math.sqrt(x)) + " cbrt=" + scaled(Math.cbrt(x))
                    + " atan=" + scaled(Math.atan(x)) + " pow=" + scaled(Math.pow(x, 1.5))
                    + " atan2=" + scaled(Math.atan2(x, -1.0)) + " hypot=" + scaled(Math.hypot(x, 3.0)));
        }
        for (double x : new double[] {-0.9, 0.0, 0.9}) {
            System.out.println("x=" + scaled(x) + " asin=" + scaled(Math.asin(x)) + " acos=" + scaled(Math.acos(x))
                    + " sinh=" + scaled(Math.sinh(x)) + " cosh=" + scaled(Math.cosh(x)) + " tanh=" + scaled(Math.tanh(x))
                    + " expm1=" + scaled(Math.expm1(x)) + " log1p=" + scaled(Math.log1p(x)));
        }
        // Exact by the spec.
        System.out.println(Math.sqrt(-1.0) + " " + Math.sqrt(-0.0) + " " + Math.sqrt(Double.POSITIVE_INFINITY)
                + " " + Math.sqrt(4.0) + " " + Math.sqrt(2.0));
        System.out.println(Math.log(0.0) + " " + Math.log(-1.0) + " " + Math.log(1.0) + " " + Math.exp(1000.0)
                + " " + Math.exp(-1000.0) + " " + Math.exp(0.0));
        System.out.println(Math.pow(0.0, 0.0) + " " + Math.pow(2.0, 10.0) + " " + Math.pow(-8.0, 1.0 / 3)
                + " " + Math.pow(-2.0, 3.0) + " " + Math.pow(Double.NaN, 0.0) + " " + Math.pow(0.0, -1.0));
        System.out.println(Math.sin(Double.NaN) + " " + Math.sin(-0.0) + " " + Math.cos(Double.POSITIVE_INFINITY)
                + " " + Math.atan2(0.0, -0.0) + " " + Math.atan2(-0.0, 0.0) + " " + Math.tan(-0.0));
        System.out.println(Math.floor(-2.5) + " " + Math.ceil(-2.5) + " " + Math.floor(-0.0) + " " + Math.ceil(-0.5)
                + " " + Math.abs(-0.0) + " " + Math.signum(-3.0) + " " + Math.hypot(3.0, 4.0));
        System.out.println(Math.cbrt(-27.0) + " " + Math.cbrt(8.0) + " " + Math.log10(1000.0) + " " + Math.log10(0.0));
        // Exact to the last bit: one rounding in toRadians/toDegrees as the JDK's, and the
        // functions HotSpot computes with fdlibm (tan(atan(0.5)) is 0.5 there, glibc 0.49999999999999994).
        System.out.println("toRadians " + Math.toRadians(350.0) + " " + Math.toRadians(10.0) + " " + Math.toRadians(-45.5)
                + " toDegrees " + Math.toDegrees(1.0) + " " + Math.toDegrees(Math.PI / 3) + " " + StrictMath.toRadians(350.0));
        System.out.println("inverses " + Math.tan(Math.atan(0.5)) + " " + Math.cos(Math.acos(0.5)) + " "
                + Math.acos(Math.cos(0.5)) + " " + Math.sin(Math.asin(0.3)) + " " + Math.atan2(1.0, 3.0) + " "
                + Math.sinh(0.7) + " " + Math.tanh(0.3) + " " + Math.expm1(1e-5) + " " + Math.log1p(0.25));
    }

    /**
     * x as a 31-bit mantissa and a binary exponent: scaling by a power of two is exact, so
     * no decimal printing is involved, and a last-bit difference (2^-52) disappears in the
     * rounding unless it straddles a 31-bit rounding boundary. 1.9999999999999998 and 2.0
     * both print 1073741824p-29.
     */
    private static String scaled(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return String.valueOf(x);
        }
        int exponent = Math.getExponent(x) - 30;
        long mantissa = Math.round(Math.scalb(x, -exponent));
        if (Math.abs(mantissa) >= 1L << 31) {
            mantissa /= 2; // even here, so exact
            exponent++;
        }
        return mantissa + "p" + exponent;
    }
}
