package org.torito.guest.runtime.format;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Formattable;
import java.util.FormattableFlags;
import java.util.Formatter;
import java.util.IllegalFormatCodePointException;
import java.util.IllegalFormatConversionException;
import java.util.List;
import java.util.Locale;
import java.util.MissingFormatArgumentException;

/**
 * java.util.Formatter.format(Locale, String, Object...) for images, in place of TeaVM 0.15's
 * (org.torito.boot.teavm.classlib.ClasslibFixes routes it here), which knew no {@code %n}, {@code %e},
 * {@code %g} or {@code %a}, rounded half-even where Java rounds half-up, printed
 * {@code --9223372036854775808} for Long.MIN_VALUE and "-∞" for negative infinity. It follows
 * the java.util.Formatter specification: every general, character, integral and floating-point
 * conversion with its flags, width, precision and argument indices, the same exceptions for the
 * same mistakes, the whole format string checked before anything is written. Numbers are
 * written as in Locale.ROOT (digits 0-9, '.' and ',' grouping by three) whatever the locale.
 * Dates and times ({@code %t}, which TeaVM did not have either) are {@link DateTimeConversions}'.
 */
public final class JavaFormatter {

    private JavaFormatter() {
    }

    /** What {@code formatter.format(locale, format, args)} does; returns {@code formatter}. */
    public static Formatter format(Formatter formatter, Locale locale, String format, Object[] args) {
        Appendable out = formatter.out();
        List<Object> parts = parse(format);
        int last = -1;
        int ordinary = -1;
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof String fixed) {
                text.append(fixed);
                continue;
            }
            FormatSpecifier spec = (FormatSpecifier) part;
            if (spec.conversion == '%') {
                text.append(pad(spec, "%"));
                continue;
            }
            if (spec.conversion == 'n') {
                text.append(System.lineSeparator());
                continue;
            }
            int at;
            if (spec.has(FormatSpecifier.PREVIOUS)) {
                at = last;
            } else if (spec.index > 0) {
                at = spec.index - 1;
            } else {
                at = ++ordinary;
            }
            if (at < 0 || (args != null && at >= args.length)) {
                // TeaVM's class library lacks this class: TeaVM compiles the JDK's own.
                throw new MissingFormatArgumentException(spec.toString());
            }
            last = at;
            Object arg = args == null ? null : args[at];
            if (spec.conversion == 's' && arg instanceof Formattable formattable) {
                write(out, text);
                text.setLength(0);
                int flags = (spec.has(FormatSpecifier.LEFT) ? FormattableFlags.LEFT_JUSTIFY : 0)
                        | (spec.upper ? FormattableFlags.UPPERCASE : 0)
                        | (spec.has(FormatSpecifier.ALTERNATE) ? FormattableFlags.ALTERNATE : 0);
                formattable.formatTo(formatter, flags, spec.width, spec.precision);
                continue;
            }
            if (spec.conversion == 't') {
                text.append(general(spec, DateTimeConversions.print(spec, arg, locale)));
                continue;
            }
            text.append(print(spec, arg));
        }
        write(out, text);
        return formatter;
    }

    private static void write(Appendable out, CharSequence text) {
        if (text.length() == 0) {
            return;
        }
        try {
            out.append(text);
        } catch (IOException e) {
            // java.util.Formatter keeps it for ioException(); TeaVM's field is private to it,
            // and the Appendables a guest formats into (StringBuilder, PrintStream) do not throw.
        }
    }

    /** Fixed text (String) and specifiers, in order; every specifier checked. */
    private static List<Object> parse(String format) {
        List<Object> parts = new ArrayList<>();
        int i = 0;
        int max = format.length();
        int[] end = new int[1];
        while (i < max) {
            int percent = format.indexOf('%', i);
            if (percent < 0) {
                parts.add(format.substring(i));
                break;
            }
            if (percent > i) {
                parts.add(format.substring(i, percent));
            }
            if (percent + 1 >= max) {
                throw new java.util.UnknownFormatConversionException("%");
            }
            parts.add(FormatSpecifier.parse(format, percent, end));
            i = end[0];
        }
        return parts;
    }

    private static String print(FormatSpecifier spec, Object arg) {
        return switch (spec.conversion) {
            case 'b' -> general(spec, arg == null ? "false" : arg instanceof Boolean b ? b.toString() : "true");
            case 'h' -> general(spec, arg == null ? "null" : Integer.toHexString(arg.hashCode()));
            case 's' -> {
                if (spec.has(FormatSpecifier.ALTERNATE)) {
                    throw spec.mismatch(FormatSpecifier.ALTERNATE);
                }
                yield general(spec, String.valueOf(arg));
            }
            case 'c' -> general(spec, arg == null ? "null" : character(spec, arg));
            case 'd', 'o', 'x' -> arg == null ? general(spec, "null") : integral(spec, arg);
            default -> arg == null ? general(spec, "null") : floating(spec, arg);
        };
    }

    private static String general(FormatSpecifier spec, String value) {
        if (spec.precision != -1 && spec.precision < value.length()) {
            value = value.substring(0, spec.precision);
        }
        if (spec.upper) {
            value = value.toUpperCase(Locale.ROOT);
        }
        return pad(spec, value);
    }

    private static String pad(FormatSpecifier spec, String value) {
        if (spec.width <= value.length()) {
            return value;
        }
        StringBuilder padded = new StringBuilder(spec.width);
        if (spec.has(FormatSpecifier.LEFT)) {
            padded.append(value);
        }
        for (int i = value.length(); i < spec.width; i++) {
            padded.append(' ');
        }
        if (!spec.has(FormatSpecifier.LEFT)) {
            padded.append(value);
        }
        return padded.toString();
    }

    private static String character(FormatSpecifier spec, Object arg) {
        int codePoint;
        if (arg instanceof Character c) {
            codePoint = c;
        } else if (arg instanceof Byte b) {
            codePoint = b;
        } else if (arg instanceof Short s) {
            codePoint = s;
        } else if (arg instanceof Integer i) {
            codePoint = i;
        } else {
            throw conversionMismatch(spec, arg);
        }
        if (!Character.isValidCodePoint(codePoint)) {
            throw new IllegalFormatCodePointException(codePoint);
        }
        return new String(Character.toChars(codePoint));
    }

    private static IllegalFormatConversionException conversionMismatch(FormatSpecifier spec, Object arg) {
        return new IllegalFormatConversionException(spec.upper ? Character.toUpperCase(spec.conversion)
                : spec.conversion, arg.getClass());
    }

    // ---- d, o, x --------------------------------------------------------------------------

    private static String integral(FormatSpecifier spec, Object arg) {
        if (arg instanceof BigInteger big) {
            return integral(spec, big.signum() < 0, big.abs().toString(radix(spec)));
        }
        long value;
        long mask;
        if (arg instanceof Integer i) {
            value = i;
            mask = 0xFFFFFFFFL;
        } else if (arg instanceof Long l) {
            value = l;
            mask = -1L;
        } else if (arg instanceof Short s) {
            value = s;
            mask = 0xFFFFL;
        } else if (arg instanceof Byte b) {
            value = b;
            mask = 0xFFL;
        } else {
            throw conversionMismatch(spec, arg);
        }
        if (spec.conversion == 'd') {
            String digits = value == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(value));
            return integral(spec, value < 0, digits);
        }
        // Java's primitives print their two's complement bits in octal and hex; sign flags make
        // no sense then.
        int signFlags = spec.flags & (FormatSpecifier.PLUS | FormatSpecifier.SPACE | FormatSpecifier.PARENTHESES);
        if (signFlags != 0) {
            throw spec.mismatch(signFlags);
        }
        long bits = value & mask;
        return integral(spec, false, spec.conversion == 'o' ? Long.toOctalString(bits) : Long.toHexString(bits));
    }

    private static int radix(FormatSpecifier spec) {
        return spec.conversion == 'd' ? 10 : spec.conversion == 'o' ? 8 : 16;
    }

    /** d, o or x of a magnitude already in the conversion's radix. */
    private static String integral(FormatSpecifier spec, boolean negative, String digits) {
        if (spec.conversion == 'd') {
            return signed(spec, negative, spec.has(FormatSpecifier.GROUP) ? group(digits) : digits, "");
        }
        String prefix = !spec.has(FormatSpecifier.ALTERNATE) ? "" : spec.conversion == 'o' ? "0" : "0x";
        String result = signed(spec, negative, digits, prefix);
        return spec.upper ? result.toUpperCase(Locale.ROOT) : result;
    }

    /** Digits with ',' every three from the right. */
    private static String group(String digits) {
        StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3);
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        grouped.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            grouped.append(',').append(digits, i, i + 3);
        }
        return grouped.toString();
    }

    /**
     * Sign, prefix ("0x"), zero padding and width around {@code magnitude}, as java.util.Formatter
     * puts them: '-' or '(' for a negative value, '+' or ' ' for a positive one if asked, zeros
     * between the sign and the digits.
     */
    private static String signed(FormatSpecifier spec, boolean negative, String magnitude, String prefix) {
        StringBuilder head = new StringBuilder(leadingSign(spec, negative)).append(prefix);
        String tail = trailingSign(spec, negative);
        if (spec.has(FormatSpecifier.ZERO)) {
            int zeros = spec.width - head.length() - magnitude.length() - tail.length();
            StringBuilder body = new StringBuilder(head);
            for (int i = 0; i < zeros; i++) {
                body.append('0');
            }
            return body.append(magnitude).append(tail).toString();
        }
        return pad(spec, head.append(magnitude).append(tail).toString());
    }

    /** '-' or '(' before a negative value, '+' or ' ' before a positive one if the flags ask. */
    private static String leadingSign(FormatSpecifier spec, boolean negative) {
        if (negative) {
            return spec.has(FormatSpecifier.PARENTHESES) ? "(" : "-";
        }
        return spec.has(FormatSpecifier.PLUS) ? "+" : spec.has(FormatSpecifier.SPACE) ? " " : "";
    }

    private static String trailingSign(FormatSpecifier spec, boolean negative) {
        return negative && spec.has(FormatSpecifier.PARENTHESES) ? ")" : "";
    }

    // ---- e, f, g, a -----------------------------------------------------------------------

    private static String floating(FormatSpecifier spec, Object arg) {
        if (arg instanceof BigDecimal big) {
            if (spec.conversion == 'a') {
                throw conversionMismatch(spec, arg);
            }
            return decimal(spec, big.signum() < 0, big.abs());
        }
        double value;
        if (arg instanceof Double d) {
            value = d;
        } else if (arg instanceof Float f) {
            value = f;
        } else {
            throw conversionMismatch(spec, arg);
        }
        boolean negative = Double.compare(value, 0.0) < 0;
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            String text = Double.isNaN(value) ? "NaN"
                    : leadingSign(spec, negative) + "Infinity" + trailingSign(spec, negative);
            // Zero padding does not apply to words; the width does.
            return pad(spec, spec.upper ? text.toUpperCase(Locale.ROOT) : text);
        }
        if (spec.conversion == 'a') {
            return hexFloat(spec, negative, Math.abs(value));
        }
        return decimal(spec, negative, DecimalDigits.of(Math.abs(value)));
    }

    /** e, f and g of a non-negative magnitude, with the sign of the value it came from. */
    private static String decimal(FormatSpecifier spec, boolean negative, BigDecimal magnitude) {
        int precision = spec.precision == -1 ? 6 : spec.precision;
        String body;
        switch (spec.conversion) {
            case 'f' -> body = fixed(spec, magnitude.setScale(precision, RoundingMode.HALF_UP), precision);
            case 'e' -> body = scientific(spec, magnitude, precision);
            default -> {
                int significant = precision == 0 ? 1 : precision;
                BigDecimal rounded = magnitude.signum() == 0 ? magnitude
                        : SignificantDigits.round(magnitude, significant, RoundingMode.HALF_UP);
                int exponent = magnitude.signum() == 0 ? 0 : SignificantDigits.exponent(rounded);
                if (magnitude.signum() != 0 && (exponent < -4 || exponent >= significant)) {
                    body = scientific(spec, magnitude, significant - 1);
                } else {
                    int fraction = significant - 1 - exponent;
                    body = fixed(spec, rounded.setScale(fraction, RoundingMode.HALF_UP), fraction);
                }
            }
        }
        String result = signed(spec, negative, body, "");
        return spec.upper ? result.toUpperCase(Locale.ROOT) : result;
    }

    private static String fixed(FormatSpecifier spec, BigDecimal value, int fraction) {
        String plain = value.toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        if (spec.has(FormatSpecifier.GROUP)) {
            integer = group(integer);
        }
        if (fraction == 0) {
            return spec.has(FormatSpecifier.ALTERNATE) ? integer + "." : integer;
        }
        return integer + plain.substring(dot);
    }

    private static String scientific(FormatSpecifier spec, BigDecimal magnitude, int precision) {
        String digits;
        int exponent;
        if (magnitude.signum() == 0) {
            digits = "0";
            exponent = 0;
        } else {
            BigDecimal rounded = SignificantDigits.round(magnitude, precision + 1, RoundingMode.HALF_UP);
            digits = rounded.unscaledValue().toString();
            exponent = SignificantDigits.exponent(rounded);
        }
        StringBuilder text = new StringBuilder();
        text.append(digits.charAt(0));
        if (precision > 0 || spec.has(FormatSpecifier.ALTERNATE)) {
            text.append('.');
        }
        for (int i = 1; i <= precision; i++) {
            text.append(i < digits.length() ? digits.charAt(i) : '0');
        }
        text.append('e').append(exponent < 0 ? '-' : '+');
        int absolute = Math.abs(exponent);
        if (absolute < 10) {
            text.append('0');
        }
        return text.append(absolute).toString();
    }

    /**
     * {@code %a}, laid out as java.util.Formatter does: the sign, "0x", zeros for the '0' flag
     * (counted before the precision's zeros are added, as there), the hexadecimal significand
     * rounded to the precision and padded to it, 'p' and the binary exponent.
     */
    private static String hexFloat(FormatSpecifier spec, boolean negative, double magnitude) {
        int precision = spec.precision == -1 ? 0 : spec.precision == 0 ? 1 : spec.precision;
        String hex = hexDouble(magnitude, precision);
        // '(' cannot come here: the specifier refuses it for %a.
        StringBuilder text = new StringBuilder(leadingSign(spec, negative));
        text.append(spec.upper ? "0X" : "0x");
        if (spec.has(FormatSpecifier.ZERO)) {
            int lead = text.length() == 3 ? 3 : 2;
            for (int i = 0; i < spec.width - hex.length() - lead; i++) {
                text.append('0');
            }
        }
        int p = hex.indexOf('p');
        StringBuilder significand = new StringBuilder(hex.substring(0, p));
        if (precision != 0) {
            int dot = significand.indexOf(".");
            for (int digits = significand.length() - dot - 1; digits < precision; digits++) {
                significand.append('0');
            }
        }
        text.append(spec.upper ? significand.toString().toUpperCase(Locale.ROOT) : significand);
        text.append(spec.upper ? 'P' : 'p').append(hex, p + 1, hex.length());
        return pad(spec, text.toString());
    }

    /**
     * Double.toHexString without "0x" for a non-negative finite value, first rounded half-even
     * to {@code precision} hexadecimal digits when that is 1 to 12 (a subnormal value is
     * normalised for it, as java.util.Formatter does).
     */
    private static String hexDouble(double value, int precision) {
        if (value == 0.0 || precision == 0 || precision >= 13) {
            return toHex(value, 0);
        }
        int scale = 0;
        if (Math.getExponent(value) == Double.MIN_EXPONENT - 1) {
            value *= 0x1p54;
            scale = 54;
        }
        int shift = 52 - precision * 4;
        long bits = Double.doubleToRawLongBits(value);
        long kept = bits >> shift;
        long dropped = bits & ~(~0L << shift);
        boolean round = (dropped & (1L << (shift - 1))) != 0;
        boolean sticky = (dropped & ~(1L << (shift - 1))) != 0;
        if (round && (sticky || (kept & 1) != 0)) {
            kept++;
        }
        double rounded = Double.longBitsToDouble(kept << shift);
        if (Double.isInfinite(rounded)) {
            return "1.0p1024";
        }
        return toHex(rounded, scale);
    }

    /** Double.toHexString of a non-negative finite value, without "0x", exponent lowered by {@code scale}. */
    private static String toHex(double value, int scale) {
        long bits = Double.doubleToRawLongBits(value);
        long fraction = bits & 0xFFFFFFFFFFFFFL;
        int biased = (int) (bits >>> 52);
        if (biased == 0 && fraction == 0) {
            return "0.0p0";
        }
        StringBuilder text = new StringBuilder().append(biased == 0 ? '0' : '1').append('.');
        String digits = Long.toHexString(fraction);
        for (int i = digits.length(); i < 13; i++) {
            text.append('0');
        }
        text.append(digits);
        int end = text.length();
        while (end > 3 && text.charAt(end - 1) == '0') {
            end--;
        }
        text.setLength(end);
        int exponent = (biased == 0 ? -1022 : biased - 1023) - scale;
        return text.append('p').append(exponent).toString();
    }
}
