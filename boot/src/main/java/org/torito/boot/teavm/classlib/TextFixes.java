package org.torito.boot.teavm.classlib;

import static org.torito.boot.teavm.classlib.ClasslibFix.instance;
import static org.torito.boot.teavm.classlib.ClasslibFix.returningReceiver;
import static org.torito.boot.teavm.classlib.ClasslibFix.staticMethod;

import java.util.List;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;

/** Strings, builders and Formatter (docs/differential-suite.md lists each difference). */
final class TextFixes {
    private static final ValueType STRING = ValueType.object("java.lang.String");
    private static final ValueType OBJECT = ValueType.object("java.lang.Object");
    private static final ValueType CHAR_SEQUENCE = ValueType.object("java.lang.CharSequence");
    private static final ValueType INT = ValueType.INTEGER;
    private static final String BUILDER = "java.lang.StringBuilder";
    private static final String BUFFER = "java.lang.StringBuffer";
    private static final String BUILDER_FIXES = "org.torito.guest.runtime.StringBuilderFixes";
    private static final String DOUBLE_STRINGS = "org.torito.guest.runtime.format.DoubleStrings";
    private static final String ORDER = "org.torito.guest.runtime.CharSequenceOrder";
    private static final String CASE = "org.torito.guest.runtime.StringCase";
    private static final ValueType LOCALE = ValueType.object("java.util.Locale");
    private static final String COUNTS = "org.torito.guest.runtime.CodePointCounts";
    private static final String IGNORE_CASE = "org.torito.guest.runtime.IgnoreCase";
    private static final String TAGS = "org.torito.guest.runtime.LocaleTags";
    private static final String LINES = "org.torito.guest.runtime.StringLines";
    private static final String DATE_PATTERNS = "org.torito.guest.runtime.format.LocalizedDatePatterns";
    private static final ValueType DATE_FORMAT = ValueType.object("java.text.DateFormat");

    /** Classes that are Comparable in the JDK (since Java 11) and not in TeaVM 0.15. */
    static final List<String> COMPARABLE = List.of(BUILDER, BUFFER);

    static final List<ClasslibFix> FIXES = List.of(
            // Every formatter exception worded its message its own way ("Illegal format flags +
            // for conversion s" for the JDK's "Conversion = s, Flags = +"); none overrides getMessage.
            formatMessage("DuplicateFormatFlagsException"),
            formatMessage("FormatFlagsConversionMismatchException"),
            formatMessage("IllegalFormatCodePointException"),
            formatMessage("IllegalFormatConversionException"),
            formatMessage("IllegalFormatFlagsException"),
            formatMessage("IllegalFormatPrecisionException"),
            formatMessage("MissingFormatWidthException"),
            formatMessage("UnknownFormatConversionException"),
            // Formatter knew no %n, %e, %g or %a, rounded half-even where Java rounds half-up,
            // printed --9223372036854775808 for Long.MIN_VALUE and -\u221e for -Infinity.
            instance("java.util.Formatter", "format", "org.torito.guest.runtime.format.JavaFormatter",
                    ValueType.object("java.util.Formatter"), ValueType.object("java.util.Locale"), STRING,
                    ValueType.arrayOf(OBJECT)),
            // Double.toString(1e23) was 9.999999999999999E22 (not the shortest decimal that reads
            // back) and Float.toString(0.1f) threw IndexOutOfBoundsException; every double and
            // float reaches a string through these (Double.toString, String.valueOf, "" + d).
            returningReceiver(BUILDER, "append", DOUBLE_STRINGS, ValueType.DOUBLE),
            returningReceiver(BUILDER, "append", DOUBLE_STRINGS, ValueType.FLOAT),
            returningReceiver(BUILDER, "insert", DOUBLE_STRINGS, INT, ValueType.DOUBLE),
            returningReceiver(BUILDER, "insert", DOUBLE_STRINGS, INT, ValueType.FLOAT),
            returningReceiver(BUFFER, "append", DOUBLE_STRINGS, ValueType.DOUBLE),
            returningReceiver(BUFFER, "append", DOUBLE_STRINGS, ValueType.FLOAT),
            returningReceiver(BUFFER, "insert", DOUBLE_STRINGS, INT, ValueType.DOUBLE),
            returningReceiver(BUFFER, "insert", DOUBLE_STRINGS, INT, ValueType.FLOAT),
            // setLength only moved the length: growing showed old characters instead of '\0', and
            // -1 was accepted; reverse() split surrogate pairs.
            new ClasslibFix(new MethodReference("java.lang.AbstractStringBuilder", "setLength", INT, ValueType.VOID),
                    new MethodReference(BUILDER_FIXES, "setLength", CHAR_SEQUENCE, INT, ValueType.VOID), true, false),
            returningReceiver(BUILDER, "reverse", BUILDER_FIXES),
            returningReceiver(BUFFER, "reverse", BUILDER_FIXES),
            // codePoints().count() counted a surrogate pair as two.
            instance("java.lang.String", "codePoints", "org.torito.guest.runtime.StringCodePoints",
                    ValueType.object("java.util.stream.IntStream")),
            // "\u00DF".toUpperCase() stayed "\u00DF" (JDK: "SS"): TeaVM maps char by char, without
            // Unicode's one-to-many mappings, the final sigma or Turkish dotless i.
            instance("java.lang.String", "toUpperCase", CASE, STRING),
            instance("java.lang.String", "toLowerCase", CASE, STRING),
            instance("java.lang.String", "toUpperCase", CASE, STRING, LOCALE),
            instance("java.lang.String", "toLowerCase", CASE, STRING, LOCALE),
            // UTF-8 decoding accepted overlong forms (C0 AF read as "/") and values above
            // U+10FFFF; encoding threw on an unpaired low surrogate and dropped a high one.
            utf8Coder("newDecoder", "Utf8Decoder", "java.nio.charset.CharsetDecoder"),
            utf8Coder("newEncoder", "Utf8Encoder", "java.nio.charset.CharsetEncoder"),
            // Missing in TeaVM's C backend (a program calling it did not build): the canonical
            // string, == to the literal of the same text.
            instance("java.lang.String", "intern", "org.torito.guest.runtime.StringInterning", STRING),
            // Charsets were found by canonical name only: getBytes("ASCII"), "UTF8", "latin1" threw.
            staticMethod("java.nio.charset.Charset", "forName", "org.torito.guest.runtime.charset.CharsetNames",
                    ValueType.object("java.nio.charset.Charset"), STRING),
            instance("java.nio.charset.IllegalCharsetNameException", "getMessage",
                    "org.torito.guest.runtime.charset.CharsetNames", STRING).missing(),
            instance("java.nio.charset.UnsupportedCharsetException", "getMessage",
                    "org.torito.guest.runtime.charset.CharsetNames", STRING).missing(),
            // "\u03C2".equalsIgnoreCase("\u03A3") was false: TeaVM compared one direction, by char.
            instance("java.lang.String", "equalsIgnoreCase", IGNORE_CASE, ValueType.BOOLEAN, STRING),
            instance("java.lang.String", "compareToIgnoreCase", IGNORE_CASE, INT, STRING),
            // isBmpCodePoint(0) was false; codePointCount(char[], ...) counted a pair as two.
            staticMethod("java.lang.Character", "isBmpCodePoint", COUNTS, ValueType.BOOLEAN, INT),
            staticMethod("java.lang.Character", "codePointCount", COUNTS, INT,
                    ValueType.arrayOf(ValueType.CHARACTER), INT, INT),
            // DecimalFormat rounded the shortest decimal of a double as if it were its value
            // (7.135 with "0.00" gave 7.14, the JDK 7.13 from 7.13499... in binary) and applied a
            // percent to the digits instead of to the double.
            instance("java.text.DecimalFormat", "format", "org.torito.guest.runtime.format.DecimalFormatDoubles",
                    ValueType.object(BUFFER), ValueType.DOUBLE, ValueType.object(BUFFER),
                    ValueType.object("java.text.FieldPosition")),
            // "#.##" had no minimum integer digit (0.5 printed as ".5", the JDK "0.5").
            instance("java.text.DecimalFormat", "applyPattern", "org.torito.guest.runtime.format.DecimalPatterns",
                    ValueType.VOID, STRING),
            // English time patterns had a plain space before AM/PM (JDK 25: U+202F) and "'at'"
            // joining a FULL or LONG date and time (JDK: ", "); the date and time styles were swapped.
            staticMethod("java.text.DateFormat", "getTimeInstance", DATE_PATTERNS, DATE_FORMAT, INT, LOCALE),
            staticMethod("java.text.DateFormat", "getDateTimeInstance", DATE_PATTERNS, DATE_FORMAT, INT, INT, LOCALE),
            // Missing: a program calling them did not build.
            instance("java.lang.String", "lines", LINES, ValueType.object("java.util.stream.Stream")).missing(),
            instance("java.lang.String", "indent", LINES, STRING, INT).missing(),
            staticMethod("java.util.Locale", "forLanguageTag", TAGS, LOCALE, STRING).missing(),
            staticMethod("java.util.Locale", "of", TAGS, LOCALE, STRING).missing(),
            staticMethod("java.util.Locale", "of", TAGS, LOCALE, STRING, STRING).missing(),
            staticMethod("java.util.Locale", "of", TAGS, LOCALE, STRING, STRING, STRING).missing(),
            staticMethod("java.lang.CharSequence", "compare", ORDER, INT, CHAR_SEQUENCE, CHAR_SEQUENCE).missing(),
            instance(BUILDER, "compareTo", ORDER, INT, ValueType.object(BUILDER)).missing(),
            instance(BUILDER, "compareTo", ORDER, INT, OBJECT).missing(),
            instance(BUFFER, "compareTo", ORDER, INT, ValueType.object(BUFFER)).missing(),
            instance(BUFFER, "compareTo", ORDER, INT, OBJECT).missing());

    private TextFixes() {
    }

    /** The UTF-8 charset's newDecoder or newEncoder, handing out torito-guest's coder. */
    private static ClasslibFix utf8Coder(String method, String coder, String result) {
        return new ClasslibFix(new MethodReference("java.nio.charset.impl.UTF8Charset", method, ValueType.object(result)),
                new MethodReference("org.torito.guest.runtime.charset." + coder, method,
                        ValueType.object("java.nio.charset.Charset"), ValueType.object(result)), true, false);
    }

    private static ClasslibFix formatMessage(String exception) {
        return instance("java.util." + exception, "getMessage", "org.torito.guest.runtime.format.FormatExceptionMessages",
                STRING).missing();
    }
}
