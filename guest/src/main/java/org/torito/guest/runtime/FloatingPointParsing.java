package org.torito.guest.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Double.parseDouble and Float.parseFloat as Java defines them, for images
 * (org.torito.boot.teavm.classlib.ClasslibFixes routes both here): TeaVM 0.15's read "1.0E23" and
 * "2.2250738585072012e-308" one ulp off, "16777217" as a float rounded up where Java rounds to
 * even, and knew no hexadecimal ("0x1.8p1").
 *
 * <p>The text is read as an exact BigDecimal, then rounded to the nearest double (or float) by
 * comparing it with the midpoints to the neighbours of a first guess, ties to the even
 * significand: the rounding IEEE 754 and the Java specification ask for, with no dependence on
 * the class library's own conversions being right.
 */
public final class FloatingPointParsing {

    private FloatingPointParsing() {
    }

    public static double parseDouble(String text) {
        Parsed parsed = parse(text);
        if (parsed.special != null) {
            return parsed.special;
        }
        double magnitude = NearestFloatingPoint.toDouble(parsed.magnitude);
        return parsed.negative ? -magnitude : magnitude;
    }

    public static float parseFloat(String text) {
        Parsed parsed = parse(text);
        if (parsed.special != null) {
            return (float) (double) parsed.special;
        }
        float magnitude = NearestFloatingPoint.toFloat(parsed.magnitude);
        return parsed.negative ? -magnitude : magnitude;
    }

    private record Parsed(boolean negative, BigDecimal magnitude, Double special) {
    }

    /** Java's FloatingDecimal grammar: trimmed, signed, NaN, Infinity, decimal or hexadecimal, f/F/d/D. */
    private static Parsed parse(String original) {
        if (original == null) {
            throw new NullPointerException();
        }
        String s = original.trim();
        if (s.isEmpty()) {
            throw new NumberFormatException(original.isEmpty() ? "empty String" : "For input string: \"" + original + "\"");
        }
        int i = 0;
        boolean negative = false;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            negative = s.charAt(0) == '-';
            i++;
        }
        String rest = s.substring(i);
        if (rest.isEmpty()) {
            throw bad(original); // a sign alone (found by the public corpus: "-" ran off the end)
        }
        if (rest.equals("NaN")) {
            return new Parsed(false, null, Double.NaN);
        }
        if (rest.equals("Infinity")) {
            return new Parsed(negative, null, negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        int end = rest.length();
        char last = rest.charAt(end - 1);
        boolean hex = rest.length() > 2 && rest.charAt(0) == '0' && (rest.charAt(1) == 'x' || rest.charAt(1) == 'X');
        if ((last == 'f' || last == 'F' || last == 'd' || last == 'D')) {
            end--;
        }
        String body = rest.substring(0, end);
        BigDecimal magnitude = hex ? hexadecimal(body, original) : decimal(body, original);
        return new Parsed(negative, magnitude, null);
    }

    private static NumberFormatException bad(String original) {
        return new NumberFormatException("For input string: \"" + original + "\"");
    }

    private static BigDecimal decimal(String body, String original) {
        int i = 0;
        int digits = 0;
        while (i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (i < body.length() && body.charAt(i) == '.') {
            i++;
            while (i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            throw bad(original);
        }
        long exponent = 0;
        String mantissa = body.substring(0, i);
        if (i < body.length()) {
            char e = body.charAt(i);
            if (e != 'e' && e != 'E') {
                throw bad(original);
            }
            i++;
            boolean negativeExponent = false;
            if (i < body.length() && (body.charAt(i) == '+' || body.charAt(i) == '-')) {
                negativeExponent = body.charAt(i) == '-';
                i++;
            }
            if (i == body.length()) {
                throw bad(original);
            }
            for (; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c < '0' || c > '9') {
                    throw bad(original);
                }
                // Past any double's range either way; the digits still have to be digits.
                exponent = Math.min(exponent * 10 + (c - '0'), 100_000_000L);
            }
            if (negativeExponent) {
                exponent = -exponent;
            }
        }
        if (mantissa.endsWith(".")) {
            mantissa = mantissa.substring(0, mantissa.length() - 1);
        }
        if (mantissa.startsWith(".")) {
            mantissa = "0" + mantissa;
        }
        BigDecimal value = new BigDecimal(mantissa);
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        // The decimal exponent of the leading digit: beyond ±800 the answer is infinity or zero,
        // and scaling by such an exponent would only make a huge number to say so.
        long leading = exponent + value.unscaledValue().toString().length() - value.scale();
        if (leading > 800) {
            return BigDecimal.TEN.pow(400);
        }
        if (leading < -800) {
            return BigDecimal.ZERO;
        }
        return value.scaleByPowerOfTen((int) exponent);
    }

    /** "0x" hex digits with an optional point, then 'p' and a decimal binary exponent (required). */
    private static BigDecimal hexadecimal(String body, String original) {
        int p = Math.max(body.indexOf('p'), body.indexOf('P'));
        if (p < 0) {
            throw bad(original);
        }
        String significand = body.substring(2, p);
        int point = significand.indexOf('.');
        String digits = point < 0 ? significand : significand.substring(0, point) + significand.substring(point + 1);
        int fractionDigits = point < 0 ? 0 : significand.length() - point - 1;
        if (digits.isEmpty() || digits.indexOf('.') >= 0) {
            throw bad(original);
        }
        BigInteger mantissa;
        long exponent;
        try {
            mantissa = new BigInteger(digits, 16);
            String e = body.substring(p + 1);
            if (e.startsWith("+")) {
                e = e.substring(1);
            }
            if (e.isEmpty() || e.startsWith("+") || digits.startsWith("-") || digits.startsWith("+")) {
                throw bad(original);
            }
            exponent = Math.max(-100_000L, Math.min(100_000L, Long.parseLong(e)));
        } catch (NumberFormatException ex) {
            throw bad(original);
        }
        if (mantissa.signum() == 0) {
            return BigDecimal.ZERO;
        }
        long shift = exponent - 4L * fractionDigits;
        if (shift > 3000) {
            return BigDecimal.TEN.pow(400);
        }
        if (shift < -3000 - 4L * digits.length()) {
            return BigDecimal.ZERO;
        }
        if (shift >= 0) {
            return new BigDecimal(mantissa.shiftLeft((int) shift));
        }
        // m / 2^k = m * 5^k / 10^k, exactly.
        int k = (int) -shift;
        return new BigDecimal(mantissa.multiply(BigInteger.valueOf(5).pow(k)), k);
    }
}
