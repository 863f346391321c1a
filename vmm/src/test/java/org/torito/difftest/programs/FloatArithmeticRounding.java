package org.torito.difftest.programs;

/** IEEE 754 rounding of each float and double operation on its own (no wider intermediates, no fused multiply-add, no reassociation): sums, products, quotients and conversions whose results show any of those. */
public class FloatArithmeticRounding {
    static String bits(double d) {
        return d + "/" + Long.toHexString(Double.doubleToRawLongBits(d));
    }

    static String bits(float f) {
        return f + "/" + Integer.toHexString(Float.floatToRawIntBits(f));
    }

    public static void main(String[] args) {
        double a = 0.1;
        double b = 0.2;
        double c = 0.3;
        System.out.println("0.1+0.2 " + bits(a + b) + " == 0.3 " + (a + b == c) + " (a+b)+c " + bits((a + b) + c)
                + " a+(b+c) " + bits(a + (b + c)));
        // Float operations round to float after each step; computing in double and rounding once differs.
        float fa = 16777216f;
        float fone = 1f;
        float sum = fa + fone + fone;
        float sum2 = fa + (fone + fone);
        System.out.println("float sums " + bits(sum) + " " + bits(sum2) + " double then float " + bits((float) ((double) fa + fone + fone)));
        float third = 1f / 3f;
        System.out.println("float third " + bits(third) + " *3 " + bits(third * 3f) + " double third " + bits(1.0 / 3)
                + " as float " + bits((float) (1.0 / 3)));
        float tenth = 0f;
        double dtenth = 0;
        for (int n = 0; n < 10; n++) {
            tenth += 0.1f;
            dtenth += 0.1;
        }
        System.out.println("ten tenths " + bits(tenth) + " " + bits(dtenth));
        // Double rounding: a float product computed in double then rounded would give other bits here.
        float x = 1.0000001f;
        float y = 1.0000002f;
        float p = x * y;
        System.out.println("float product " + bits(p) + " via double " + bits((float) ((double) x * y)));
        // Fused multiply-add would keep the low bits of a*b that a separate multiply drops.
        double m1 = 1.0 + Math.ulp(1.0);
        double m2 = 1.0 - Math.ulp(1.0);
        double product = m1 * m2;
        double residual = m1 * m2 - 1.0;
        System.out.println("mul then sub " + bits(product) + " " + bits(residual) + " fma " + bits(Math.fma(m1, m2, -1.0)));
        double big = 1e16;
        System.out.println("absorption " + bits(big + 1.0) + " " + bits(big + 1.0 - big) + " " + bits(big + 2.0 - big)
                + " " + bits((big + 1.0) + 1.0) + " " + bits(big + (1.0 + 1.0)));
        // Subnormal results and gradual underflow.
        double tiny = Double.MIN_NORMAL;
        System.out.println("underflow " + bits(tiny / 2) + " " + bits(tiny / 3) + " " + bits(tiny * 0.5 * 2)
                + " " + bits(Double.MIN_VALUE / 2) + " " + bits(Double.MIN_VALUE * 0.5000000000000001)
                + " " + bits(Double.MIN_VALUE * 1.5) + " " + bits(-Double.MIN_VALUE / 4));
        float ftiny = Float.MIN_NORMAL;
        System.out.println("float underflow " + bits(ftiny / 3) + " " + bits(Float.MIN_VALUE / 2) + " " + bits(Float.MIN_VALUE * 1.5f)
                + " " + bits(ftiny * 1e-7f));
        // Overflow rounds to infinity or to MAX_VALUE, as the direction says.
        double max = Double.MAX_VALUE;
        System.out.println("overflow " + bits(max + Math.ulp(max) / 2) + " " + bits(max + Math.ulp(max) / 2.0000001)
                + " " + bits(max * 1.0000000000000002) + " " + bits(-max * 2) + " " + bits(Float.MAX_VALUE * 2f));
        // Division and remainder.
        double[] divs = {1.0, -1.0, 0.0, -0.0, 3.0, Double.POSITIVE_INFINITY, Double.NaN};
        StringBuilder table = new StringBuilder();
        for (double n : divs) {
            for (double d : divs) {
                table.append(n / d).append(',').append(n % d).append(' ');
            }
            table.append('\n');
        }
        System.out.print("divide\n" + table);
        System.out.println("remainders " + bits(5.5 % 2) + " " + bits(-5.5 % 2) + " " + bits(5.5 % -2) + " " + bits(1e300 % 3)
                + " " + bits(0.3 % 0.1) + " " + bits(-0.0 % 5) + " " + bits(5 % Double.POSITIVE_INFINITY));
        // Math.IEEEremainder is IEEERemainderCases' (a known difference).
        // Sign of zero results.
        System.out.println("zeros " + bits(0.0 - 0.0) + " " + bits(-0.0 - 0.0) + " " + bits(-0.0 + 0.0) + " " + bits(-0.0 + -0.0)
                + " " + bits(0.0 * -1) + " " + bits(-0.0 * -0.0) + " " + bits(1 / Double.NEGATIVE_INFINITY)
                + " " + bits(1.0 - 1.0) + " " + bits(-1.0 + 1.0) + " " + bits(-(1.0 - 1.0)));
        // A seeded dot product summed in three orders; each order is exact to its own sequence of roundings.
        long state = 7;
        double forward = 0;
        double[] xs = new double[500];
        for (int n = 0; n < xs.length; n++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            xs[n] = ((state >> 11) * 0x1.0p-53) * Math.scalb(1.0, (int) (state & 31) - 16);
            forward += xs[n] * xs[n];
        }
        double backward = 0;
        float fsum = 0;
        for (int n = xs.length - 1; n >= 0; n--) {
            backward += xs[n] * xs[n];
            fsum += (float) xs[n] * (float) xs[n];
        }
        double pairwise = pair(xs, 0, xs.length);
        System.out.println("dot " + bits(forward) + " " + bits(backward) + " " + bits(pairwise) + " " + bits(fsum));
    }

    static double pair(double[] xs, int from, int to) {
        if (to - from == 1) {
            return xs[from] * xs[from];
        }
        int mid = (from + to) >>> 1;
        return pair(xs, from, mid) + pair(xs, mid, to);
    }
}
