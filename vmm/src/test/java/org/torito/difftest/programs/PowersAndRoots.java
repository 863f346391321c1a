package org.torito.difftest.programs;

/** Math/StrictMath sqrt, cbrt and pow where the result is exact: perfect squares and cubes, integer powers, the special cases of pow. */
public final class PowersAndRoots {
    private PowersAndRoots() {
    }

    public static void main(String[] args) {
        StringBuilder sq = new StringBuilder("sqrt:");
        StringBuilder cb = new StringBuilder("cbrt:");
        for (long n = 0; n <= 40; n++) {
            double square = (double) (n * n);
            double cube = (double) (n * n * n);
            sq.append(' ').append(Math.sqrt(square) == n ? "" : "!" + Math.sqrt(square)).append(n);
            cb.append(' ').append(Math.cbrt(cube) == n ? "" : "!" + Math.cbrt(cube)).append(n);
            cb.append(Math.cbrt(-cube) == -n ? "" : "(neg " + Math.cbrt(-cube) + ")");
            if (StrictMath.sqrt(square) != Math.sqrt(square) || StrictMath.cbrt(cube) != Math.cbrt(cube)) {
                sq.append("(strict)");
            }
        }
        System.out.println(sq);
        System.out.println(cb);
        // sqrt is correctly rounded: these bits are exact by IEEE 754.
        double[] roots = {2.0, 3.0, 0.5, 1e-300, 1e300, Double.MIN_VALUE, Double.MAX_VALUE, 0x1.0000000000001p0, 4503599627370497.0};
        for (double x : roots) {
            System.out.println("sqrt " + Double.toHexString(x) + " = " + Double.toHexString(Math.sqrt(x)) + " strict="
                    + Double.toHexString(StrictMath.sqrt(x)));
        }
        System.out.println("sqrt special " + Math.sqrt(-0.0) + " " + Math.sqrt(-1e-300) + " " + Math.sqrt(Double.NaN) + " "
                + Math.sqrt(Double.POSITIVE_INFINITY) + " " + Math.sqrt(Double.NEGATIVE_INFINITY) + " " + Math.sqrt(0.0));
        System.out.println("cbrt special " + Math.cbrt(-0.0) + " " + Math.cbrt(Double.NEGATIVE_INFINITY) + " "
                + Math.cbrt(Double.NaN) + " " + Math.cbrt(0.125) + " " + Math.cbrt(-0.001953125) + " " + Math.cbrt(1e300 * 1e-300));
        StringBuilder pw = new StringBuilder("pow 2^k:");
        for (int k = -1074; k <= 1024; k += 97) {
            double p = Math.pow(2.0, k);
            pw.append(' ').append(k).append(p == Math.scalb(1.0, k) ? "ok" : "!" + Double.toHexString(p));
        }
        System.out.println(pw);
        StringBuilder ip = new StringBuilder("pow ints:");
        for (int base = -5; base <= 10; base++) {
            for (int e = 0; e <= 12; e += 3) {
                ip.append(' ').append((long) Math.pow(base, e));
            }
        }
        System.out.println(ip);
        System.out.println("pow 10^k " + Math.pow(10, 15) + " " + Math.pow(10, 22) + " " + Math.pow(3, 33) + " " + Math.pow(7, 18)
                + " " + Math.pow(0.5, 3) + " " + Math.pow(4, 0.5) + " " + Math.pow(-27, 1.0 / 3) + " " + Math.pow(2, -1));
        double[][] specials = {{0.0, 0.0}, {Double.NaN, 0.0}, {Double.NaN, -0.0}, {1.0, Double.NaN}, {Double.NaN, 1.0},
            {2.0, Double.POSITIVE_INFINITY}, {0.5, Double.POSITIVE_INFINITY}, {2.0, Double.NEGATIVE_INFINITY},
            {0.5, Double.NEGATIVE_INFINITY}, {1.0, Double.POSITIVE_INFINITY}, {-1.0, Double.POSITIVE_INFINITY},
            {0.0, 3.0}, {-0.0, 3.0}, {-0.0, 2.0}, {-0.0, -3.0}, {-0.0, -2.0}, {0.0, -1.0}, {-0.0, 0.5}, {-0.0, -0.5},
            {Double.POSITIVE_INFINITY, -1.0}, {Double.NEGATIVE_INFINITY, 3.0}, {Double.NEGATIVE_INFINITY, 2.0},
            {Double.NEGATIVE_INFINITY, -3.0}, {Double.NEGATIVE_INFINITY, -2.0}, {-2.0, 0.5}, {-2.0, 3.0}, {-2.0, -3.0},
            {-8.0, 2.0}, {-1.0, 1e300}, {-1.0, 9007199254740993.0}, {1e308, 2.0}, {1e-308, 2.0}, {-1e308, 3.0}};
        for (double[] s : specials) {
            double m = Math.pow(s[0], s[1]);
            double st = StrictMath.pow(s[0], s[1]);
            System.out.println("pow(" + s[0] + ", " + s[1] + ") = " + m + (Double.compare(m, st) == 0 ? "" : " strict=" + st));
        }
        System.out.println("hypot exact " + Math.hypot(3, 4) + " " + Math.hypot(5, 12) + " " + Math.hypot(Double.NaN, Double.POSITIVE_INFINITY)
                + " " + Math.hypot(-0.0, -0.0) + " " + Math.hypot(1e300, 0.0) + " " + StrictMath.hypot(8, 15));
    }
}
