package org.torito.difftest.programs;

/** Overflow in everyday idioms (midpoints, abs, negation, factorials, hashing, comparators by subtraction, loop counters) and the *Exact methods that catch it. */
public class OverflowIdioms {
    static String exact(java.util.function.IntSupplier op) {
        try {
            return Integer.toString(op.getAsInt());
        } catch (ArithmeticException e) {
            return e.getClass().getSimpleName() + "(" + e.getMessage() + ")";
        }
    }

    static String exactLong(java.util.function.LongSupplier op) {
        try {
            return Long.toString(op.getAsLong());
        } catch (ArithmeticException e) {
            return e.getClass().getSimpleName() + "(" + e.getMessage() + ")";
        }
    }

    public static void main(String[] args) {
        int[] lows = {0, 1, 1_000_000_000, Integer.MAX_VALUE - 1, -5};
        int[] highs = {Integer.MAX_VALUE, 2_000_000_000, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        for (int n = 0; n < lows.length; n++) {
            int lo = lows[n];
            int hi = highs[n];
            System.out.println("mid " + lo + ".." + hi + " naive " + (lo + hi) / 2 + " unsigned " + ((lo + hi) >>> 1)
                    + " safe " + (lo + (hi - lo) / 2) + " long " + (int) (((long) lo + hi) / 2));
        }
        int min = Integer.MIN_VALUE;
        long lmin = Long.MIN_VALUE;
        System.out.println("abs " + Math.abs(min) + " " + Math.abs(lmin) + " neg " + (-min) + " " + (-lmin) + " "
                + (min == -min) + " abs<0 " + (Math.abs(min) < 0) + " / -1 " + min / -1 + " % -1 " + min % -1
                + " * -1 " + min * -1 + " ~ " + ~min + " abs(float) " + Math.abs((float) min));
        int fact = 1;
        long lfact = 1;
        StringBuilder facts = new StringBuilder();
        for (int n = 1; n <= 25; n++) {
            fact *= n;
            lfact *= n;
            if (n >= 12) {
                facts.append(n).append("!=").append(fact).append('/').append(lfact).append(' ');
            }
        }
        System.out.println("factorials " + facts);
        // Hash mixing relies on wrapping multiplication.
        int h = 17;
        long lh = 1469598103934665603L;
        for (char c : "wrapping arithmetic".toCharArray()) {
            h = h * 31 + c;
            lh = (lh ^ c) * 1099511628211L;
        }
        System.out.println("hashes " + h + " " + lh + " " + "wrapping arithmetic".hashCode() + " golden " + (0x9E3779B9 * 12345)
                + " " + (0x9E3779B97F4A7C15L * 12345L));
        // A comparator by subtraction gets the sign wrong once the difference overflows.
        int[][] pairs = {{1, 2}, {Integer.MAX_VALUE, -1}, {Integer.MIN_VALUE, 1}, {-2_000_000_000, 2_000_000_000}, {5, 5}};
        for (int[] p : pairs) {
            System.out.println("compare " + p[0] + " " + p[1] + " subtraction " + Integer.signum(p[0] - p[1]) + " compare "
                    + Integer.compare(p[0], p[1]) + " long " + Long.signum((long) p[0] - p[1]));
        }
        // Loop counters that wrap.
        int steps = 0;
        for (int i = Integer.MAX_VALUE - 3; i > 0 && steps < 10; i++) {
            steps++;
        }
        byte bcount = 0;
        int bsteps = 0;
        do {
            bcount += 50;
            bsteps++;
        } while (bcount > 0);
        char ccount = 65530;
        int csteps = 0;
        while (ccount != 3) {
            ccount++;
            csteps++;
        }
        System.out.println("loops " + steps + " " + bsteps + " " + bcount + " " + csteps);
        // Overflow before widening.
        int million = 1_000_000;
        long wrong = million * million;
        long right = (long) million * million;
        long microsPerDay = 24 * 60 * 60 * 1000 * 1000;
        System.out.println("widening " + wrong + " " + right + " " + microsPerDay + " " + 24L * 60 * 60 * 1000 * 1000
                + " shift " + (1 << 31) + " " + (1 << 32) + " " + (1L << 63) + " " + (1L << 64));
        // The exact forms throw instead.
        int big = Integer.MAX_VALUE;
        long lbig = Long.MAX_VALUE;
        System.out.println("addExact " + exact(() -> Math.addExact(big, 1)) + " " + exact(() -> Math.addExact(big, -1)));
        System.out.println("subtractExact " + exact(() -> Math.subtractExact(min, 1)) + " " + exactLong(() -> Math.subtractExact(lmin, -1)));
        System.out.println("multiplyExact " + exact(() -> Math.multiplyExact(46341, 46341)) + " " + exact(() -> Math.multiplyExact(46340, 46341))
                + " " + exactLong(() -> Math.multiplyExact(lbig, 2)) + " " + exactLong(() -> Math.multiplyExact(1L << 32, 1 << 30))
                + " " + exactLong(() -> Math.multiplyExact(lmin, -1)) + " " + exactLong(() -> Math.multiplyExact(-1L, lmin)));
        System.out.println("increment " + exact(() -> Math.incrementExact(big)) + " " + exactLong(() -> Math.decrementExact(lmin))
                + " negate " + exact(() -> Math.negateExact(min)) + " " + exactLong(() -> Math.negateExact(lmin + 1))
                + " toInt " + exact(() -> Math.toIntExact(1L << 31)) + " " + exact(() -> Math.toIntExact(-(1L << 31))));
        System.out.println("absExact " + exact(() -> Math.absExact(min)) + " " + exactLong(() -> Math.absExact(lmin + 1))
                + " divideExact " + exact(() -> Math.divideExact(min, -1)) + " " + exactLong(() -> Math.divideExact(lmin, 2))
                + " " + exact(() -> Math.divideExact(7, 0)));
        System.out.println("floorDivExact " + exact(() -> Math.floorDivExact(min, -1)) + " " + exact(() -> Math.floorDivExact(-7, 2))
                + " ceilDivExact " + exact(() -> Math.ceilDivExact(min, -1)) + " " + exactLong(() -> Math.ceilDivExact(7L, 2L)));
        // Seeded: the exact sum agrees with the wrapped one exactly when the long result fits.
        long state = 42;
        int agree = 0;
        int threw = 0;
        for (int n = 0; n < 5000; n++) {
            state = state * 6364136223846793005L + 1;
            int a = (int) (state >>> 32);
            int b = (int) state >> (12 + n % 20);
            long wide = (long) a * b;
            try {
                int product = Math.multiplyExact(a, b);
                agree += product == wide ? 1 : 1000;
            } catch (ArithmeticException e) {
                threw += wide != (int) wide ? 1 : 1000;
            }
        }
        System.out.println("seeded multiplyExact agree " + agree + " threw " + threw);
    }
}
