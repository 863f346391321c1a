package org.torito.difftest.programs;

/** Math.round, rint, floor and ceil (double and float) at halves, just beside halves, binade edges and past 2^52/2^23, and floorDiv/floorMod over every sign combination. */
public class RoundingHalfwayCases {
    public static void main(String[] args) {
        double[] doubles = {
            0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 3.5, 0.49999999999999994, -0.49999999999999994, 0.5000000000000001,
            1.4999999999999998, 2.5000000000000004, 4503599627370495.5, 4503599627370496.0, 4503599627370497.0,
            -4503599627370495.5, 9007199254740993.0, 9.223372036854775E18, 9.223372036854776E18, -9.223372036854776E18,
            -9.223372036854778E18, 1e-320, -1e-320, 0.1, -0.9, 123456.5, -123456.5, 1e300,
        };
        for (double d : doubles) {
            System.out.println("double " + d + " round " + Math.round(d) + " rint " + Math.rint(d) + " floor " + Math.floor(d)
                    + " ceil " + Math.ceil(d) + " (long) " + (long) d);
        }
        float[] floats = {
            0.5f, -0.5f, 1.5f, -2.5f, 0.49999997f, -0.49999997f, 0.50000006f, 8388607.5f, 8388608f, 8388609f, -8388607.5f,
            16777215f, 2.1474836E9f, 2.14748365E9f, -2.1474839E9f, 1e-40f, 1e20f, Float.NaN, Float.NEGATIVE_INFINITY,
        };
        for (float f : floats) {
            System.out.println("float " + f + " round " + Math.round(f) + " rint " + Math.rint(f) + " floor " + Math.floor(f)
                    + " ceil " + Math.ceil(f) + " (int) " + (int) f);
        }
        // round is floor(x + 0.5) in exact arithmetic: the nearest long, ties toward positive infinity.
        long state = 2024;
        int ok = 0;
        StringBuilder bad = new StringBuilder();
        for (int n = 0; n < 20000; n++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            double d = (state >> 20) / (double) (1L << (n % 40));
            if ((n & 3) == 0) {
                d = Math.floor(d) + 0.5;
            }
            long expected = (long) Math.floor(d);
            double fraction = d - Math.floor(d);
            if (fraction >= 0.5) {
                expected++;
            }
            long got = Math.round(d);
            if (got == expected && Math.rint(d) == Math.rint(-d) * -1) {
                ok++;
            } else if (bad.length() < 200) {
                bad.append(d).append("->").append(got).append(' ');
            }
        }
        System.out.println("seeded round " + ok + " " + bad);
        // floorDiv/floorMod against / and %, every sign combination, with int, long and (long, int) overloads.
        int[] as = {7, -7, 0, Integer.MIN_VALUE, Integer.MAX_VALUE, 1, -1};
        int[] bs = {2, -2, 3, -3, 1, -1, Integer.MIN_VALUE};
        StringBuilder table = new StringBuilder();
        for (int a : as) {
            for (int b : bs) {
                table.append(a).append('/').append(b).append('=').append(a / b).append(',').append(a % b).append(',')
                        .append(Math.floorDiv(a, b)).append(',').append(Math.floorMod(a, b)).append(',')
                        .append(Math.floorDiv((long) a, b)).append(',').append(Math.floorMod((long) a, b)).append(' ');
            }
            table.append('\n');
        }
        System.out.print(table);
        long[] las = {Long.MIN_VALUE, Long.MAX_VALUE, -10L, 10L};
        long[] lbs = {-1L, 3L, -3L, Long.MIN_VALUE};
        StringBuilder ltable = new StringBuilder("long");
        for (long a : las) {
            for (long b : lbs) {
                ltable.append(' ').append(Math.floorDiv(a, b)).append(',').append(Math.floorMod(a, b)).append(',')
                        .append(Math.ceilDiv(a, b)).append(',').append(Math.ceilMod(a, b));
            }
        }
        System.out.println(ltable);
        try {
            System.out.println(Math.floorMod(5, 0));
        } catch (ArithmeticException e) {
            System.out.println("floorMod by zero " + e.getMessage());
        }
        try {
            System.out.println(Math.floorDiv(5L, 0L));
        } catch (ArithmeticException e) {
            System.out.println("floorDiv by zero " + e.getMessage());
        }
    }
}
