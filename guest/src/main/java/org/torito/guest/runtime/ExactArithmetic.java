package org.torito.guest.runtime;

/**
 * Math's {@code *Exact} methods with the JDK's messages ("integer overflow", "long overflow",
 * "Overflow to represent absolute value of Integer.MIN_VALUE"); TeaVM 0.15 threw
 * ArithmeticException without one. The image pipeline installs them
 * (org.torito.boot.teavm.classlib.NumberFixes).
 */
public final class ExactArithmetic {
    private static final String INT = "integer overflow";
    private static final String LONG = "long overflow";

    private ExactArithmetic() {
    }

    public static int addExact(int x, int y) {
        return toInt((long) x + y);
    }

    public static long addExact(long x, long y) {
        long r = x + y;
        // Overflow only if both operands have the sign the result lacks.
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException(LONG);
        }
        return r;
    }

    public static int subtractExact(int x, int y) {
        return toInt((long) x - y);
    }

    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException(LONG);
        }
        return r;
    }

    public static int multiplyExact(int x, int y) {
        return toInt((long) x * y);
    }

    public static long multiplyExact(long x, int y) {
        return multiplyExact(x, (long) y);
    }

    public static long multiplyExact(long x, long y) {
        long r = x * y;
        long high = ExactProducts.multiplyHigh(x, y);
        // The product fits when its high half is the sign extension of its low half.
        if (high != (r >> 63)) {
            throw new ArithmeticException(LONG);
        }
        return r;
    }

    public static int incrementExact(int a) {
        return toInt(a + 1L);
    }

    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE) {
            throw new ArithmeticException(LONG);
        }
        return a + 1;
    }

    public static int decrementExact(int a) {
        return toInt(a - 1L);
    }

    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException(LONG);
        }
        return a - 1;
    }

    public static int negateExact(int a) {
        return toInt(-(long) a);
    }

    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException(LONG);
        }
        return -a;
    }

    public static int toIntExact(long value) {
        return toInt(value);
    }

    public static int divideExact(int x, int y) {
        if (x == Integer.MIN_VALUE && y == -1) {
            throw new ArithmeticException(INT);
        }
        return x / y;
    }

    public static long divideExact(long x, long y) {
        if (x == Long.MIN_VALUE && y == -1) {
            throw new ArithmeticException(LONG);
        }
        return x / y;
    }

    public static int floorDivExact(int x, int y) {
        divideExact(x, y);
        return Math.floorDiv(x, y);
    }

    public static long floorDivExact(long x, long y) {
        divideExact(x, y);
        return Math.floorDiv(x, y);
    }

    public static int ceilDivExact(int x, int y) {
        divideExact(x, y);
        return Math.ceilDiv(x, y);
    }

    public static long ceilDivExact(long x, long y) {
        divideExact(x, y);
        return Math.ceilDiv(x, y);
    }

    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
        }
        return Math.abs(a);
    }

    public static long absExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
        }
        return Math.abs(a);
    }

    private static int toInt(long value) {
        if ((int) value != value) {
            throw new ArithmeticException(INT);
        }
        return (int) value;
    }
}
