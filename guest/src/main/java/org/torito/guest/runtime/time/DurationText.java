package org.torito.guest.runtime.time;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * Duration.parse as the JDK's: {@code [-+]P[nD][T[nH][nM][n[.f]S]]}, letters in either case,
 * each number with its own sign, up to nine fraction digits after '.' or ',', at least one
 * section, and a T followed by at least one. TeaVM's backport rejected every number with a 9,
 * read "1.5S" as 1 s and 5 ns, and overflowed int. Scanned by hand, as a regular expression
 * would bring the regex engine into every image that parses a duration.
 */
public final class DurationText {
    private static final long SECONDS_PER_DAY = 86_400;

    private final CharSequence text;
    private int at;

    private DurationText(CharSequence text) {
        this.text = text;
    }

    public static Duration parse(CharSequence text) {
        if (text == null) {
            throw new NullPointerException("text");
        }
        return new DurationText(text).duration();
    }

    private Duration duration() {
        boolean negate = sign() == '-';
        if (!letter('P')) {
            throw invalid();
        }
        long days = 0;
        long hours = 0;
        long minutes = 0;
        long seconds = 0;
        int nanos = 0;
        boolean any = false;
        int start = at;
        int end = number();
        if (end > start && letter('D')) {
            days = value(start, end, SECONDS_PER_DAY, "days");
            any = true;
        } else {
            at = start;
        }
        if (letter('T')) {
            boolean timeSection = false;
            start = at;
            end = number();
            if (end > start && letter('H')) {
                hours = value(start, end, 3_600, "hours");
                timeSection = true;
                start = at;
                end = number();
            }
            if (end > start && letter('M')) {
                minutes = value(start, end, 60, "minutes");
                timeSection = true;
                start = at;
                end = number();
            }
            if (end > start) {
                seconds = value(start, end, 1, "seconds");
                if (at < text.length() && (text.charAt(at) == '.' || text.charAt(at) == ',')) {
                    at++;
                    nanos = fraction(text.charAt(start) == '-' ? -1 : 1);
                }
                if (!letter('S')) {
                    throw invalid();
                }
                timeSection = true;
            } else {
                at = start;
            }
            any |= timeSection;
            if (!timeSection) {
                throw invalid();
            }
        }
        if (!any || at != text.length()) {
            throw invalid();
        }
        try {
            long total = Math.addExact(days, Math.addExact(hours, Math.addExact(minutes, seconds)));
            Duration d = Duration.ofSeconds(total, nanos);
            return negate ? d.negated() : d;
        } catch (ArithmeticException e) {
            throw failed("Text cannot be parsed to a Duration: overflow", e);
        }
    }

    /** Skips a '+' or '-' and answers it, or 0. */
    private char sign() {
        if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
            return text.charAt(at++);
        }
        return 0;
    }

    /** Skips an optional sign and ASCII digits; answers where they end ({@code at} unchanged when there are no digits). */
    private int number() {
        int start = at;
        sign();
        int digits = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        if (at == digits) {
            at = start;
        }
        return at;
    }

    private boolean letter(char upper) {
        if (at < text.length() && Character.toUpperCase(text.charAt(at)) == upper) {
            at++;
            return true;
        }
        return false;
    }

    private long value(int start, int end, long unitSeconds, String unit) {
        try {
            return Math.multiplyExact(Long.parseLong(text.subSequence(start, end).toString()), unitSeconds);
        } catch (NumberFormatException | ArithmeticException e) {
            throw failed("Text cannot be parsed to a Duration: " + unit, e);
        }
    }

    /** Up to nine digits after the point, as nanoseconds. */
    private int fraction(int sign) {
        int start = at;
        int nanos = 0;
        while (at < text.length() && at - start < 9 && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            nanos = nanos * 10 + (text.charAt(at++) - '0');
        }
        for (int i = at - start; i < 9; i++) {
            nanos *= 10;
        }
        return nanos * sign;
    }

    private DateTimeParseException invalid() {
        return new DateTimeParseException("Text cannot be parsed to a Duration", text, 0);
    }

    private DateTimeParseException failed(String message, RuntimeException cause) {
        DateTimeParseException e = new DateTimeParseException(message, text, 0);
        e.initCause(cause);
        return e;
    }
}
