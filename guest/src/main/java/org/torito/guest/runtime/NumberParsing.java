package org.torito.guest.runtime;

/**
 * Integer.parseInt and Long.parseLong with the JDK's overflow checks and messages. TeaVM
 * 0.15's versions accept out-of-range input and wrap ("2147483648" gave -2147483648), so the
 * image pipeline routes both here (org.torito.boot.teavm.classlib.NumberFixes); it adds the
 * unsigned parsers TeaVM lacks.
 */
public final class NumberParsing {

    private NumberParsing() {
    }

    public static int parseInt(String s, int radix) {
        long value = parse(s, radix, Integer.MIN_VALUE);
        return (int) value;
    }

    public static long parseLong(String s, int radix) {
        return parse(s, radix, Long.MIN_VALUE);
    }

    /**
     * Accumulates negatively, as the JDK does, so MIN_VALUE parses; {@code min} is the type's
     * MIN_VALUE and bounds the result on both sides.
     */
    private static long parse(String s, int radix, long min) {
        checkArguments(s, radix);
        int length = s.length();
        if (length == 0) {
            throw forInput(s, radix);
        }
        int i = 0;
        boolean negative = false;
        long limit = min + 1; // -MAX_VALUE
        char first = s.charAt(0);
        if (first < '0') {
            if (first == '-') {
                negative = true;
                limit = min;
            } else if (first != '+') {
                throw forInput(s, radix);
            }
            if (length == 1) {
                throw forInput(s, radix);
            }
            i = 1;
        }
        long multiplyMin = limit / radix;
        long result = 0;
        while (i < length) {
            int digit = Character.digit(s.charAt(i++), radix);
            if (digit < 0 || result < multiplyMin) {
                throw forInput(s, radix);
            }
            result *= radix;
            if (result < limit + digit) {
                throw forInput(s, radix);
            }
            result -= digit;
        }
        return negative ? result : -result;
    }

    public static int parseUnsignedInt(String s) {
        return parseUnsignedInt(s, 10);
    }

    public static int parseUnsignedInt(String s, int radix) {
        return (int) parseUnsigned(s, radix, 0xFFFFFFFFL, "int");
    }

    public static long parseUnsignedLong(String s) {
        return parseUnsignedLong(s, 10);
    }

    public static long parseUnsignedLong(String s, int radix) {
        return parseUnsigned(s, radix, -1L, "long");
    }

    /**
     * A value up to {@code max}, compared unsigned. As in the JDK, a value past the range is
     * reported as such at the digit that overflows, whatever follows it.
     */
    private static long parseUnsigned(String s, int radix, long max, String type) {
        checkArguments(s, radix);
        int length = s.length();
        if (length == 0) {
            throw forInput(s, radix);
        }
        char first = s.charAt(0);
        if (first == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        }
        int i = first == '+' ? 1 : 0;
        if (i == length) {
            throw forInput(s, radix);
        }
        long result = 0;
        for (; i < length; i++) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0) {
                throw forInput(s, radix);
            }
            if (Long.compareUnsigned(result, Long.divideUnsigned(max - digit, radix)) > 0) {
                throw new NumberFormatException("String value " + s + " exceeds range of unsigned " + type + ".");
            }
            result = result * radix + digit;
        }
        return result;
    }

    private static void checkArguments(String s, int radix) {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        if (radix < Character.MIN_RADIX) {
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        }
        if (radix > Character.MAX_RADIX) {
            throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
        }
    }

    private static NumberFormatException forInput(String s, int radix) {
        return new NumberFormatException("For input string: \"" + s + "\"" + (radix == 10 ? "" : " under radix " + radix));
    }
}
