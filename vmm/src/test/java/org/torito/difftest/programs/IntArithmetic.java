package org.torito.difftest.programs;

/** int corner cases: overflow, MIN_VALUE / -1, shifts past the width, Integer and Math helpers. */
public class IntArithmetic {
    public static void main(String[] args) {
        int[] values = {0, 1, -1, 7, -7, 255, 65536, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x55555555, -123456789};
        for (int v : values) {
            System.out.println(v + ": +1=" + (v + 1) + " *3=" + (v * 3) + " neg=" + (-v) + " abs=" + Math.abs(v)
                    + " hex=" + Integer.toHexString(v) + " oct=" + Integer.toOctalString(v)
                    + " bin=" + Integer.toBinaryString(v) + " r36=" + Integer.toString(v, 36)
                    + " bits=" + Integer.bitCount(v) + " nlz=" + Integer.numberOfLeadingZeros(v)
                    + " ntz=" + Integer.numberOfTrailingZeros(v) + " rev=" + Integer.reverse(v)
                    + " revb=" + Integer.reverseBytes(v) + " hi=" + Integer.highestOneBit(v)
                    + " lo=" + Integer.lowestOneBit(v) + " rotl5=" + Integer.rotateLeft(v, 5)
                    + " sig=" + Integer.signum(v) + " u=" + Integer.toUnsignedString(v)
                    + " ul=" + Integer.toUnsignedLong(v));
        }
        int min = Integer.MIN_VALUE;
        int minusOne = opaque(-1);
        System.out.println("MIN/-1=" + (min / minusOne) + " MIN%-1=" + (min % minusOne));
        System.out.println("floorDiv=" + Math.floorDiv(min, minusOne) + " floorMod=" + Math.floorMod(min, minusOne));
        for (int a : new int[] {7, -7, 0, min, Integer.MAX_VALUE}) {
            for (int b : new int[] {3, -3, 1, -1, min}) {
                System.out.println(a + " " + b + " / " + (a / b) + " % " + (a % b) + " fdiv " + Math.floorDiv(a, b)
                        + " fmod " + Math.floorMod(a, b) + " min " + Math.min(a, b) + " max " + Math.max(a, b)
                        + " cmp " + Integer.compare(a, b) + " ucmp " + Integer.compareUnsigned(a, b)
                        + " udiv " + Integer.divideUnsigned(a, b) + " urem " + Integer.remainderUnsigned(a, b));
            }
        }
        int one = opaque(1);
        for (int s : new int[] {0, 1, 31, 32, 33, 63, 64, -1, -31, -32, -33, 100}) {
            System.out.println("shift " + s + ": " + (one << s) + " " + (min >> s) + " " + (min >>> s) + " "
                    + (-12345 >> s) + " " + (-12345 >>> s) + " " + (0x7F000001 << s));
        }
        byte b = (byte) opaque(200);
        short sh = (short) opaque(40000);
        char c = (char) opaque(-1);
        System.out.println("narrow " + b + " " + sh + " " + (int) c + " " + (byte) 0x80 + " " + (short) 0x18000
                + " " + (b & 0xFF) + " " + (b >>> 4) + " " + (byte) (b >>> 4) + " " + (char) 65);
        b += 100;
        sh *= 3;
        c += 2;
        System.out.println("compound " + b + " " + sh + " " + (int) c);
        try {
            System.out.println(Math.addExact(Integer.MAX_VALUE, opaque(1)));
        } catch (ArithmeticException e) {
            System.out.println("addExact: " + e.getClass().getName());
        }
        try {
            System.out.println(Math.multiplyExact(1 << 16, opaque(1 << 16)));
        } catch (ArithmeticException e) {
            System.out.println("multiplyExact: " + e.getClass().getName());
        }
        try {
            System.out.println(Math.toIntExact(1L << 31));
        } catch (ArithmeticException e) {
            System.out.println("toIntExact: " + e.getClass().getName());
        }
        String[] parse = {"0", "-0", "+42", "2147483647", "-2147483648", "7fffffff", "zz"};
        int[] radix = {10, 10, 10, 10, 10, 16, 36};
        for (int i = 0; i < parse.length; i++) {
            System.out.println("parse " + parse[i] + " -> " + Integer.parseInt(parse[i], radix[i]));
        }
        for (String bad : new String[] {"2147483648", "", "-", "12a", " 1"}) {
            try {
                System.out.println(Integer.parseInt(bad));
            } catch (NumberFormatException e) {
                System.out.println("bad int '" + bad + "': " + e.getClass().getName());
            }
        }
        for (String unsigned : new String[] {"4294967295", "4294967296", "+0", "-0", "", "ffffffff", "100000000", "99999999999x", "+", "1z141z3", "1z141z4"}) {
            for (int base : new int[] {10, 16, 36}) {
                try {
                    System.out.println("unsigned '" + unsigned + "' radix " + base + ": " + Integer.parseUnsignedInt(unsigned, base)
                            + (base == 10 ? " " + Integer.parseUnsignedInt(unsigned) : ""));
                } catch (NumberFormatException e) {
                    System.out.println("unsigned '" + unsigned + "' radix " + base + ": " + e.getMessage());
                }
            }
        }
        System.out.println("sum " + Integer.MAX_VALUE + Integer.MIN_VALUE + " " + (Integer.MAX_VALUE + Integer.MIN_VALUE));
        int h = 0;
        for (int i = 0; i < 100_000; i++) {
            h = h * 31 + (i ^ (h >>> 7));
        }
        System.out.println("mix " + h);
    }

    /** Hides a constant from javac's folding so the operation happens at run time. */
    static int opaque(int v) {
        return v;
    }
}
