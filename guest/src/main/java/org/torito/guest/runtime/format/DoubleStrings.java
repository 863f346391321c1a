package org.torito.guest.runtime.format;

import java.math.BigDecimal;

/**
 * Double.toString and Float.toString as Java defines them, for images: TeaVM 0.15 printed
 * 1e23 as 9.999999999999999E22 and Double.MIN_VALUE as 4.940656458412465E-324 (neither is the
 * shortest decimal that reads back), and threw IndexOutOfBoundsException for 0.1f.
 * org.torito.boot.teavm.classlib.ClasslibFixes routes StringBuilder's and StringBuffer's append and
 * insert of a double or float here, which is where Double.toString, String.valueOf and string
 * concatenation all end up in TeaVM's class library.
 *
 * <p>The digits are {@link DecimalDigits}'s; the layout is the specification's: plain from
 * 10^-3 up to 10^7 with at least one digit after the point, "computerized scientific" (1.0E23)
 * outside that.
 */
public final class DoubleStrings {

    private DoubleStrings() {
    }

    public static String toString(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        boolean negative = Double.doubleToRawLongBits(value) < 0;
        return layout(negative, DecimalDigits.of(Math.abs(value)));
    }

    public static String toString(float value) {
        if (Float.isNaN(value)) {
            return "NaN";
        }
        if (Float.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        boolean negative = Float.floatToRawIntBits(value) < 0;
        return layout(negative, DecimalDigits.of(Math.abs(value)));
    }

    private static String layout(boolean negative, BigDecimal magnitude) {
        StringBuilder text = new StringBuilder();
        if (negative) {
            text.append('-');
        }
        if (magnitude.signum() == 0) {
            return text.append("0.0").toString();
        }
        magnitude = magnitude.stripTrailingZeros();
        String digits = magnitude.unscaledValue().toString();
        int exponent = digits.length() - magnitude.scale() - 1;
        if (exponent >= -3 && exponent < 7) {
            String plain = magnitude.toPlainString();
            text.append(plain);
            if (plain.indexOf('.') < 0) {
                text.append(".0");
            }
            return text.toString();
        }
        text.append(digits.charAt(0)).append('.');
        text.append(digits.length() > 1 ? digits.substring(1) : "0");
        return text.append('E').append(exponent).toString();
    }

    public static StringBuilder append(StringBuilder builder, double value) {
        return builder.append(toString(value));
    }

    public static StringBuilder append(StringBuilder builder, float value) {
        return builder.append(toString(value));
    }

    public static StringBuilder insert(StringBuilder builder, int offset, double value) {
        return builder.insert(offset, toString(value));
    }

    public static StringBuilder insert(StringBuilder builder, int offset, float value) {
        return builder.insert(offset, toString(value));
    }

    public static StringBuffer append(StringBuffer buffer, double value) {
        return buffer.append(toString(value));
    }

    public static StringBuffer append(StringBuffer buffer, float value) {
        return buffer.append(toString(value));
    }

    public static StringBuffer insert(StringBuffer buffer, int offset, double value) {
        return buffer.insert(offset, toString(value));
    }

    public static StringBuffer insert(StringBuffer buffer, int offset, float value) {
        return buffer.insert(offset, toString(value));
    }
}
