package org.torito.difftest.programs;

import java.util.Locale;

/** The messages of java.util.Formatter's exceptions, one specifier per kind of mistake: each names the conversion, flags, precision, width or code point at fault in words of its own. */
public class FormatExceptionMessages {
    static void show(String format, Object... args) {
        try {
            System.out.println(format + " -> [" + String.format(Locale.ROOT, format, args) + "]");
        } catch (RuntimeException e) {
            System.out.println(format + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        // FormatFlagsConversionMismatchException: a flag the conversion does not take.
        show("%+s", "x");
        show("%,x", 255);
        show("%#d", 1);
        show("%(c", 'c');
        show("%#b", true);
        // IllegalFormatConversionException: an argument of a type the conversion does not take.
        show("%d", "text");
        show("%f", 1);
        show("%c", 1.5);
        show("%x", 2.0f);
        show("%e", java.math.BigInteger.ONE);
        // IllegalFormatPrecisionException: a precision where none is allowed.
        show("%.2d", 1);
        show("%.3c", 'c');
        show("%.1x", 1);
        show("%.2%");
        // MissingFormatWidthException: '-' or '0' without a width.
        show("%-d", 1);
        show("%0f", 1.0);
        show("%-%");
        // IllegalFormatFlagsException: flags that exclude each other.
        show("%-05d", 1);
        show("%+ d", 1);
        show("%-010s", "x");
        // DuplicateFormatFlagsException.
        show("%--5d", 1);
        show("%++d", 1);
        // UnknownFormatConversionException: an unknown letter, a lone '%' at the end.
        show("%q", 1);
        show("%", 1);
        show("abc%");
        show("%.", 1);
        // IllegalFormatCodePointException.
        show("%c", 0x110000);
        show("%c", -1);
        // The message of each exception class built directly.
        RuntimeException[] built = {
            new java.util.UnknownFormatConversionException("q"),
            new java.util.IllegalFormatPrecisionException(7),
            new java.util.IllegalFormatFlagsException("-0"),
            new java.util.DuplicateFormatFlagsException("+"),
            new java.util.FormatFlagsConversionMismatchException("#", 'd'),
            new java.util.MissingFormatWidthException("%-d"),
            new java.util.IllegalFormatCodePointException(0x110000),
            new java.util.IllegalFormatConversionException('d', String.class),
        };
        for (RuntimeException e : built) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
