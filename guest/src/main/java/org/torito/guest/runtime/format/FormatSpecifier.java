package org.torito.guest.runtime.format;

import java.util.DuplicateFormatFlagsException;
import java.util.FormatFlagsConversionMismatchException;
import java.util.IllegalFormatFlagsException;
import java.util.IllegalFormatPrecisionException;
import java.util.IllegalFormatWidthException;
import java.util.MissingFormatWidthException;
import java.util.UnknownFormatConversionException;
import org.torito.guest.runtime.ClasslibAccess;

/**
 * One {@code %[argument$][flags][width][.precision]conversion} of a format string, parsed and
 * checked as {@link java.util.Formatter} does: the same exceptions for the same mistakes, before
 * any argument is looked at.
 */
final class FormatSpecifier {
    static final int LEFT = 1;
    static final int ALTERNATE = 2;
    static final int PLUS = 4;
    static final int SPACE = 8;
    static final int ZERO = 16;
    static final int GROUP = 32;
    static final int PARENTHESES = 64;
    /** {@code <}: the previous specifier's argument. */
    static final int PREVIOUS = 128;
    private static final String FLAG_CHARS = "-#+ 0,(<";

    /** 1-based explicit argument index, or 0. */
    final int index;
    final int flags;
    /** -1 when absent. */
    final int width;
    final int precision;
    /** The conversion, lower case for the ones with an upper-case form ({@link #upper}). */
    final char conversion;
    final boolean upper;
    /** For {@code %t} and {@code %T}, the date or time conversion that follows ({@link DateTimeConversions}); else 0. */
    final char dateTime;
    private final String text;

    private FormatSpecifier(String text, int index, int flags, int width, int precision, char conversion,
                            char dateTime) {
        this.text = text;
        this.index = index;
        this.flags = flags;
        this.width = width;
        this.precision = precision;
        this.upper = Character.isUpperCase(conversion);
        this.conversion = upper ? Character.toLowerCase(conversion) : conversion;
        this.dateTime = dateTime;
        check();
    }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** The specifier as written, "%-5d": what MissingFormatWidthException names. */
    @Override
    public String toString() {
        return text;
    }

    /**
     * Parses the specifier whose '%' is at {@code percent}; {@code end[0]} receives the index
     * just past it.
     */
    static FormatSpecifier parse(String format, int percent, int[] end) {
        int i = percent + 1;
        int max = format.length();
        int index = 0;
        int digitsEnd = digits(format, i);
        if (digitsEnd > i && digitsEnd < max && format.charAt(digitsEnd) == '$') {
            index = parseInt(format, i, digitsEnd);
            if (index == 0) {
                // Not public in the JDK; TeaVM's class library lacks it, so the JDK's own is compiled.
                throw ClasslibAccess.illegalFormatArgumentIndex(0);
            }
            i = digitsEnd + 1;
        }
        int flags = 0;
        while (i < max && FLAG_CHARS.indexOf(format.charAt(i)) >= 0) {
            int flag = 1 << FLAG_CHARS.indexOf(format.charAt(i));
            if ((flags & flag) != 0) {
                throw new DuplicateFormatFlagsException(String.valueOf(format.charAt(i)));
            }
            flags |= flag;
            i++;
        }
        // A '0' right after the flags is the zero flag only if a width follows; "%05d" has both.
        int width = -1;
        digitsEnd = digits(format, i);
        if (digitsEnd > i) {
            width = parseInt(format, i, digitsEnd);
            i = digitsEnd;
        }
        int precision = -1;
        if (i < max && format.charAt(i) == '.') {
            digitsEnd = digits(format, i + 1);
            if (digitsEnd == i + 1) {
                throw new UnknownFormatConversionException(".");
            }
            precision = parseInt(format, i + 1, digitsEnd);
            i = digitsEnd;
        }
        if (i >= max) {
            throw new UnknownFormatConversionException(String.valueOf(format.charAt(max - 1)));
        }
        char conversion = format.charAt(i);
        if (conversion == 't' || conversion == 'T') {
            if (i + 1 >= max) {
                throw new UnknownFormatConversionException(String.valueOf(conversion));
            }
            char dateTime = format.charAt(i + 1);
            if (!DateTimeConversions.isValid(dateTime)) {
                throw new UnknownFormatConversionException(conversion + String.valueOf(dateTime));
            }
            end[0] = i + 2;
            return new FormatSpecifier(format.substring(percent, i + 2), index, flags, width, precision, conversion,
                    dateTime);
        }
        if ("bBhHsScCdoxXeEfgGaA%n".indexOf(conversion) < 0) {
            throw new UnknownFormatConversionException(String.valueOf(conversion));
        }
        end[0] = i + 1;
        return new FormatSpecifier(format.substring(percent, i + 1), index, flags, width, precision, conversion,
                (char) 0);
    }

    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static int parseInt(String s, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (s.charAt(i) - '0');
            if (value > Integer.MAX_VALUE) {
                // HotSpot: an index or width too large for an int is an illegal format.
                throw new IllegalFormatFlagsException(s.substring(from, to));
            }
        }
        return (int) value;
    }

    /** The checks of java.util.Formatter's FormatSpecifier constructor, per conversion. */
    private void check() {
        switch (conversion) {
            case 'b', 'h', 's' -> {
                if (conversion != 's' && has(ALTERNATE)) {
                    throw mismatch(ALTERNATE);
                }
                checkWidthForLeft();
                checkBadFlags(PLUS | SPACE | ZERO | GROUP | PARENTHESES);
            }
            case 'c' -> {
                if (precision != -1) {
                    throw new IllegalFormatPrecisionException(precision);
                }
                checkBadFlags(ALTERNATE | PLUS | SPACE | ZERO | GROUP | PARENTHESES);
                checkWidthForLeft();
            }
            case 'd', 'o', 'x' -> {
                checkNumeric();
                if (precision != -1) {
                    throw new IllegalFormatPrecisionException(precision);
                }
                checkBadFlags(conversion == 'd' ? ALTERNATE : GROUP);
            }
            case 'e', 'f', 'g', 'a' -> {
                checkNumeric();
                if (conversion == 'e') {
                    checkBadFlags(GROUP);
                } else if (conversion == 'g') {
                    checkBadFlags(ALTERNATE);
                } else if (conversion == 'a') {
                    checkBadFlags(PARENTHESES | GROUP);
                }
            }
            case 't' -> {
                if (precision != -1) {
                    throw new IllegalFormatPrecisionException(precision);
                }
                checkBadFlags(ALTERNATE | PLUS | SPACE | ZERO | GROUP | PARENTHESES);
                checkWidthForLeft();
            }
            case '%', 'n' -> {
                if (precision != -1) {
                    throw new IllegalFormatPrecisionException(precision);
                }
                if (conversion == '%') {
                    if (flags != 0 && flags != LEFT) {
                        throw new IllegalFormatFlagsException(flagText(flags));
                    }
                    checkWidthForLeft();
                } else {
                    if (width != -1) {
                        // TeaVM's class library lacks this class: TeaVM compiles the JDK's own.
                        throw new IllegalFormatWidthException(width);
                    }
                    if (flags != 0) {
                        throw new IllegalFormatFlagsException(flagText(flags));
                    }
                }
            }
            default -> throw new UnknownFormatConversionException(String.valueOf(conversion));
        }
    }

    private void checkWidthForLeft() {
        if (width == -1 && has(LEFT)) {
            throw new MissingFormatWidthException(text);
        }
    }

    private void checkNumeric() {
        if (width == -1 && (has(LEFT) || has(ZERO))) {
            throw new MissingFormatWidthException(text);
        }
        if ((has(PLUS) && has(SPACE)) || (has(LEFT) && has(ZERO))) {
            throw new IllegalFormatFlagsException(flagText(flags));
        }
    }

    private void checkBadFlags(int bad) {
        if ((flags & bad) != 0) {
            throw mismatch(flags & bad);
        }
    }

    /** The exception for {@code flagSet} (one or more flags) used with this conversion. */
    FormatFlagsConversionMismatchException mismatch(int flagSet) {
        char named = conversion == 't' ? dateTime : upper ? Character.toUpperCase(conversion) : conversion;
        return new FormatFlagsConversionMismatchException(flagText(flagSet), named);
    }

    /** Flags in java.util.Formatter's order, as its exceptions name them. */
    static String flagText(int flags) {
        StringBuilder text = new StringBuilder();
        for (int bit = 0; bit < FLAG_CHARS.length(); bit++) {
            if ((flags & (1 << bit)) != 0) {
                text.append(FLAG_CHARS.charAt(bit));
            }
        }
        return text.toString();
    }
}
