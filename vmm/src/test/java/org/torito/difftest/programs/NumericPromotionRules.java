package org.torito.difftest.programs;

/** Unary and binary numeric promotion: byte/short/char operands become int (shifts, negation, ~), shift counts masked by the promoted type, overflow before widening, mixed long/float/double comparisons, integer division and remainder signs, lossy int/long to float/double conversions. */
public class NumericPromotionRules {
    static byte b(int v) {
        return (byte) v;
    }

    // Operands pass through these so javac cannot fold the expressions into constants.
    static int n(int v) {
        return v;
    }

    static long l(long v) {
        return v;
    }

    static float f(float v) {
        return v;
    }

    static double d(double v) {
        return v;
    }

    public static void main(String[] args) {
        byte by = b(0x80);
        short sh = (short) 0x8001;
        char ch = '\uff00';
        System.out.println("-byte: " + (-by) + " ~byte: " + (~by) + " +char: " + (+ch) + " -char: " + (-ch));
        System.out.println("byte >>> 4: " + (by >>> 4) + " (byte)(byte >>> 4): " + (byte) (by >>> 4) + " (by & 0xff) >>> 4: " + ((by & 0xff) >>> 4));
        System.out.println("byte << 33: " + (by << 33) + " short >> 1: " + (sh >> 1) + " char >> 4: " + (ch >> 4));
        System.out.println("int << 32: " + (n(1) << n(32)) + " int << -1: " + (n(1) << n(-1)) + " long << 64: " + (l(1) << n(64)) + " long << 63: " + (l(1) << n(63)));
        System.out.println("long << int 65: " + (l(3) << n(65)) + " int << long 33: " + (n(3) << l(33)));
        int k = n(-8);
        long lk = l(-8);
        System.out.println("constant counts >= width: " + (k << 33) + " " + (k >> 33) + " " + (k >>> 33) + " " + (k >> 32) + " " + (lk << 65) + " " + (lk >> 64) + " " + (lk >>> 65));
        int[] counts = {31, 32, 33, 63, 64, -1, -31};
        StringBuilder shifts = new StringBuilder();
        for (int c : counts) {
            shifts.append(c).append(':').append(k << c).append('/').append(k >> c).append('/').append(k >>> c).append('/').append(lk >>> c).append(' ');
        }
        System.out.println("variable counts: " + shifts);
        System.out.println("char + char: " + ('a' + 'b') + " char * 2: " + ('a' * 2) + " (char) ('a' + 1): " + (char) ('a' + 1));
        int big = 1_000_000;
        long overflowFirst = big * big;
        long widenedFirst = (long) big * big;
        System.out.println("int*int into long: " + overflowFirst + " vs " + widenedFirst);
        System.out.println("1 / 2 * 2.0: " + (1 / 2 * 2.0) + " 1 / 2.0 * 2: " + (1 / 2.0 * 2));
        System.out.println("division signs: " + (n(7) / n(2)) + " " + (n(-7) / n(2)) + " " + (n(7) / n(-2)) + " " + (n(-7) / n(-2)));
        System.out.println("remainder signs: " + (n(7) % n(3)) + " " + (n(-7) % n(3)) + " " + (n(7) % n(-3)) + " " + (n(-7) % n(-3)));
        System.out.println("double remainder: " + (d(7.5) % n(2)) + " " + (d(-7.5) % n(2)) + " " + (d(7.5) % n(-2)));
        System.out.println("MIN == -MIN: " + (n(Integer.MIN_VALUE) == -n(Integer.MIN_VALUE)) + " abs(MIN): " + Math.abs(Integer.MIN_VALUE));
        long lmax = Long.MAX_VALUE;
        float fmax = lmax;
        double dmax = lmax;
        System.out.println("long == float: " + (lmax == fmax) + " long == double: " + (lmax == dmax) + " (long) float: " + (long) fmax);
        System.out.println("int to float lossy: " + (float) n(16_777_217) + " " + ((float) n(16_777_217) == 16_777_216f) + " (int) (float) 16777217: " + (int) (float) n(16_777_217));
        long odd = (1L << 53) + 1;
        System.out.println("long to double lossy: " + (long) (double) odd + " vs " + odd);
        System.out.println("0.1f == 0.1: " + (f(0.1f) == d(0.1)) + " (double) 0.1f: " + (double) f(0.1f) + " 0.5f == 0.5: " + (f(0.5f) == d(0.5)));
        System.out.println("float + double: " + (f(0.1f) + d(0.2)) + " float + float: " + (f(0.1f) + f(0.2f)));
        System.out.println("int + float precision: " + (n(16_777_217) + 0f) + " long + float: " + (l(Long.MAX_VALUE) + 1f));
        System.out.println("(short) 0x18000: " + (short) n(0x18000) + " (char) -1: " + (int) (char) n(-1) + " (byte) 255: " + (byte) n(255) + " (byte) 'é': " + (byte) n('\u00e9'));
        System.out.println("(int) 3.99e9f: " + (int) f(3.99e9f) + " (long) 3.99e9f: " + (long) f(3.99e9f) + " (char) 65.9: " + (char) d(65.9));
        System.out.println("(byte) 300.7: " + (byte) d(300.7) + " (short) -40000.2: " + (short) d(-40000.2) + " (char) -1.5: " + (int) (char) d(-1.5));
        System.out.println("compare mixed: " + (n(5) < f(5.5f)) + " " + (n('a') < l(98)) + " " + (by < ch) + " " + (sh < by));
        int i = 'z' - 'a';
        char back = (char) (i + 'A');
        System.out.println("char arithmetic: " + i + " " + back);
        final byte fb = 10;
        byte sum = fb + 20;
        System.out.println("constant narrowing: " + sum);
        final char fc = 'A';
        byte fromChar = fc;
        System.out.println("constant char to byte: " + fromChar);
        long mix = 'A' + 1L + (short) 2 + b(3);
        System.out.println("mixed sum: " + mix);
        double half = n(1) / n(2);
        float third = f(1f) / n(3);
        System.out.println("half: " + half + " third: " + third + " third * 3: " + (third * 3) + " (double) third * 3: " + ((double) third * 3));
        System.out.println("ternary with byte and int constant: " + (args.length == 0 ? by : 1000) + " with byte constant 100: " + (args.length == 0 ? by : 100));
        int x = 5;
        x = x++ + ++x;
        System.out.println("x++ + ++x: " + x);
        long lv = Integer.MAX_VALUE;
        lv++;
        int iv = Integer.MAX_VALUE;
        iv++;
        System.out.println("increment across MAX: " + lv + " " + iv);
    }
}
