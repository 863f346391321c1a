package org.torito.guest.runtime;

/**
 * Long.toString(long, radix) and the unsigned toString methods of Integer and Long, with the
 * JDK's rule that a radix outside 2..36 means 10; the image pipeline installs them
 * (org.torito.boot.teavm.classlib.NumberFixes). TeaVM 0.15 used the radix as given:
 * {@code Long.toString(1, 1)} never returned (so neither did {@code BigInteger.ONE.toString(1)}),
 * and radix -1 or 99 gave "\0" or "".
 */
public final class RadixStrings {

    private RadixStrings() {
    }

    public static String toString(long value, int radix) {
        radix = checked(radix);
        if (value == 0) {
            return "0";
        }
        char[] digits = new char[65];
        int at = digits.length;
        // Negative accumulation: Long.MIN_VALUE has no positive counterpart.
        long rest = value > 0 ? -value : value;
        while (rest != 0) {
            digits[--at] = Character.forDigit((int) -(rest % radix), radix);
            rest /= radix;
        }
        if (value < 0) {
            digits[--at] = '-';
        }
        return new String(digits, at, digits.length - at);
    }

    public static String toUnsignedString(int value, int radix) {
        return toString(Integer.toUnsignedLong(value), radix);
    }

    public static String toUnsignedString(long value, int radix) {
        radix = checked(radix);
        if (value >= 0) {
            return toString(value, radix);
        }
        // Halve, divide, and put back the bit: the quotient of the unsigned value is below 2^63.
        long quotient = ((value >>> 1) / radix) << 1;
        long remainder = value - quotient * radix;
        if (Long.compareUnsigned(remainder, radix) >= 0) {
            quotient++;
            remainder -= radix;
        }
        return toString(quotient, radix) + Character.forDigit((int) remainder, radix);
    }

    private static int checked(int radix) {
        return radix < Character.MIN_RADIX || radix > Character.MAX_RADIX ? 10 : radix;
    }
}
