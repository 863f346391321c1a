package org.torito.guest.runtime;

/**
 * Java's integer division and remainder. TeaVM's C backend emits plain C {@code /} and
 * {@code %}, which trap on a zero divisor and on MIN_VALUE / -1 (x86 {@code idiv}): SIGFPE on a
 * host, a #DE fault in the guest. The image pipeline rewrites every int and long division and
 * remainder, and every call of Integer's and Long's divideUnsigned and remainderUnsigned (C
 * intrinsics in TeaVM), into calls to these methods (org.torito.boot.teavm.DivisionTransformer),
 * except here, where the divisor is already known to be safe.
 */
public final class IntegerDivision {

    private IntegerDivision() {
    }

    public static int divide(int a, int b) {
        if (b == 0) {
            throw new ArithmeticException("/ by zero");
        }
        // -1 is special only for MIN_VALUE (the quotient overflows back to MIN_VALUE), but
        // negating is right for every dividend and avoids the trapping idiv.
        return b == -1 ? -a : a / b;
    }

    public static int remainder(int a, int b) {
        if (b == 0) {
            throw new ArithmeticException("/ by zero");
        }
        return b == -1 ? 0 : a % b;
    }

    public static long divide(long a, long b) {
        if (b == 0) {
            throw new ArithmeticException("/ by zero");
        }
        return b == -1 ? -a : a / b;
    }

    public static long remainder(long a, long b) {
        if (b == 0) {
            throw new ArithmeticException("/ by zero");
        }
        return b == -1 ? 0 : a % b;
    }

    /** Integer.divideUnsigned: TeaVM's C intrinsic is a bare unsigned C division, which traps on 0. */
    public static int divideUnsigned(int a, int b) {
        checkDivisor(b);
        return Integer.divideUnsigned(a, b);
    }

    public static int remainderUnsigned(int a, int b) {
        checkDivisor(b);
        return Integer.remainderUnsigned(a, b);
    }

    public static long divideUnsigned(long a, long b) {
        checkDivisor(b);
        return Long.divideUnsigned(a, b);
    }

    public static long remainderUnsigned(long a, long b) {
        checkDivisor(b);
        return Long.remainderUnsigned(a, b);
    }

    private static void checkDivisor(long b) {
        if (b == 0) {
            throw new ArithmeticException("/ by zero");
        }
    }
}
