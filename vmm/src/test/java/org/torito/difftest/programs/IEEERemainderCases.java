package org.torito.difftest.programs;

/** Math.IEEEremainder and StrictMath.IEEEremainder: the remainder of the nearest (ties-to-even) quotient, unlike %, on halfway quotients, signs, special values and seeded operands checked against the definition. */
public class IEEERemainderCases {
    static String show(double d) {
        return d == 0 ? (Double.doubleToRawLongBits(d) == 0 ? "0" : "-0") : Double.isNaN(d) ? "NaN" : Double.toString(d);
    }

    public static void main(String[] args) {
        double[][] pairs = {
            {5.5, 2}, {-5.5, 2}, {5.5, -2}, {4.5, 3}, {7.5, 3}, {6, 4}, {10, 4}, {2, 4}, {3, 2}, {5, 2}, {1, 2}, {-1, 2},
            {0.3, 0.1}, {1e300, 3}, {3, 1e300}, {1, 1e-300}, {Double.MAX_VALUE, Double.MIN_VALUE}, {Double.MIN_VALUE * 3, Double.MIN_VALUE * 2},
        };
        for (double[] p : pairs) {
            System.out.println("IEEEremainder(" + p[0] + ", " + p[1] + ") = " + show(Math.IEEEremainder(p[0], p[1])) + " strict "
                    + show(StrictMath.IEEEremainder(p[0], p[1])) + " % " + show(p[0] % p[1]));
        }
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        double[] special = {nan, inf, -inf, 0.0, -0.0, 3.0, -3.0};
        StringBuilder table = new StringBuilder();
        for (double x : special) {
            for (double y : special) {
                table.append(show(Math.IEEEremainder(x, y))).append(' ');
            }
            table.append("| ");
        }
        System.out.println("special " + table);
        // The result is x - y * n for n the integer nearest x / y (even on ties): exact, so checkable on small integers.
        long state = 5;
        int agree = 0;
        for (int k = 0; k < 2000; k++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            long xi = (state >> 40) % 1000;
            long yi = ((state >>> 20) % 50) + 1;
            double quotient = (double) xi / yi;
            double n = Math.rint(quotient);
            double expected = xi - yi * n;
            if (expected == 0) {
                expected = Math.copySign(0.0, xi);
            }
            double got = Math.IEEEremainder(xi, yi);
            if (Double.compare(got, expected) == 0 && Double.compare(StrictMath.IEEEremainder(xi, yi), expected) == 0) {
                agree++;
            } else if (k - agree < 5) {
                System.out.println("differs " + xi + " " + yi + " " + show(got) + " expected " + show(expected));
            }
        }
        System.out.println("seeded agree " + agree);
    }
}
