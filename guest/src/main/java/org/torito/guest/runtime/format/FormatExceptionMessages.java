package org.torito.guest.runtime.format;

import java.util.DuplicateFormatFlagsException;
import java.util.FormatFlagsConversionMismatchException;
import java.util.IllegalFormatCodePointException;
import java.util.IllegalFormatConversionException;
import java.util.IllegalFormatFlagsException;
import java.util.IllegalFormatPrecisionException;
import java.util.MissingFormatWidthException;
import java.util.UnknownFormatConversionException;

/**
 * The messages of java.util's formatter exceptions as the JDK words them. TeaVM's classes pass
 * their own sentences to Throwable ("Illegal format flags + for conversion s" where the JDK says
 * "Conversion = s, Flags = +"); the image pipeline adds each class a {@code getMessage} that
 * calls the method here (org.torito.boot.teavm.classlib.TextFixes).
 */
public final class FormatExceptionMessages {

    private FormatExceptionMessages() {
    }

    public static String getMessage(DuplicateFormatFlagsException e) {
        return "Flags = '" + e.getFlags() + "'";
    }

    public static String getMessage(FormatFlagsConversionMismatchException e) {
        return "Conversion = " + e.getConversion() + ", Flags = " + e.getFlags();
    }

    public static String getMessage(IllegalFormatCodePointException e) {
        return "Code point = 0x" + Integer.toHexString(e.getCodePoint());
    }

    public static String getMessage(IllegalFormatConversionException e) {
        return e.getConversion() + " != " + e.getArgumentClass().getName();
    }

    public static String getMessage(IllegalFormatFlagsException e) {
        return "Flags = '" + e.getFlags() + "'";
    }

    public static String getMessage(IllegalFormatPrecisionException e) {
        return Integer.toString(e.getPrecision());
    }

    public static String getMessage(MissingFormatWidthException e) {
        return e.getFormatSpecifier();
    }

    public static String getMessage(UnknownFormatConversionException e) {
        return "Conversion = '" + e.getConversion() + "'";
    }
}
