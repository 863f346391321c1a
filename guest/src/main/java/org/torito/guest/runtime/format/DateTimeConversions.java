package org.torito.guest.runtime.format;

import java.text.DateFormatSymbols;
import java.util.Calendar;
import java.util.Date;
import java.util.IllegalFormatConversionException;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Formatter's date and time conversions, {@code %tX} and {@code %TX}, for the arguments an image
 * has: {@code long}/{@code Long} milliseconds since the epoch, {@code Date} and {@code Calendar},
 * read through a Calendar in the default time zone as java.util.Formatter does. (java.time's
 * TemporalAccessor is not among them: TeaVM 0.15 does not compile java.time to C.)
 */
final class DateTimeConversions {
    private static final String VALID = "HIklMSLNpzZsQBbhAaCYyjmdeRTrDFc";

    private DateTimeConversions() {
    }

    static boolean isValid(char conversion) {
        return VALID.indexOf(conversion) >= 0;
    }

    /** The argument formatted by {@code spec} (a {@code %t} or {@code %T}), before width and case. */
    static String print(FormatSpecifier spec, Object arg, Locale locale) {
        if (arg == null) {
            return "null";
        }
        Calendar calendar;
        if (arg instanceof Long millis) {
            calendar = calendarAt(millis, locale);
        } else if (arg instanceof Date date) {
            calendar = calendarAt(date.getTime(), locale);
        } else if (arg instanceof Calendar given) {
            calendar = (Calendar) given.clone();
        } else {
            throw new IllegalFormatConversionException(spec.dateTime, arg.getClass());
        }
        StringBuilder out = new StringBuilder();
        append(out, spec.dateTime, calendar, locale);
        return out.toString();
    }

    private static Calendar calendarAt(long millis, Locale locale) {
        Calendar calendar = Calendar.getInstance(TimeZone.getDefault(), locale == null ? Locale.US : locale);
        calendar.setTimeInMillis(millis);
        return calendar;
    }

    private static void append(StringBuilder out, char conversion, Calendar t, Locale locale) {
        Locale names = locale == null ? Locale.US : locale;
        switch (conversion) {
            case 'H' -> digits(out, t.get(Calendar.HOUR_OF_DAY), 2);
            case 'k' -> out.append(t.get(Calendar.HOUR_OF_DAY));
            case 'I' -> digits(out, twelveHour(t), 2);
            case 'l' -> out.append(twelveHour(t));
            case 'M' -> digits(out, t.get(Calendar.MINUTE), 2);
            case 'S' -> digits(out, t.get(Calendar.SECOND), 2);
            case 'L' -> digits(out, t.get(Calendar.MILLISECOND), 3);
            case 'N' -> digits(out, t.get(Calendar.MILLISECOND) * 1_000_000, 9);
            case 'p' -> out.append(amPm(t, locale).toLowerCase(names));
            case 'z' -> {
                int minutes = (t.get(Calendar.ZONE_OFFSET) + t.get(Calendar.DST_OFFSET)) / 60_000;
                out.append(minutes < 0 ? '-' : '+');
                minutes = Math.abs(minutes);
                digits(out, minutes / 60 * 100 + minutes % 60, 4);
            }
            case 'Z' -> out.append(t.getTimeZone().getDisplayName(t.get(Calendar.DST_OFFSET) != 0, TimeZone.SHORT,
                    names));
            case 's' -> out.append(t.getTimeInMillis() / 1000);
            case 'Q' -> out.append(t.getTimeInMillis());
            case 'B' -> out.append(DateFormatSymbols.getInstance(names).getMonths()[t.get(Calendar.MONTH)]);
            case 'b', 'h' -> out.append(DateFormatSymbols.getInstance(names).getShortMonths()[t.get(Calendar.MONTH)]);
            case 'A' -> out.append(DateFormatSymbols.getInstance(names).getWeekdays()[t.get(Calendar.DAY_OF_WEEK)]);
            case 'a' -> out.append(DateFormatSymbols.getInstance(names).getShortWeekdays()[t.get(Calendar.DAY_OF_WEEK)]);
            case 'C' -> digits(out, t.get(Calendar.YEAR) / 100, 2);
            case 'Y' -> digits(out, t.get(Calendar.YEAR), 4);
            case 'y' -> digits(out, t.get(Calendar.YEAR) % 100, 2);
            case 'j' -> digits(out, t.get(Calendar.DAY_OF_YEAR), 3);
            case 'm' -> digits(out, t.get(Calendar.MONTH) + 1, 2);
            case 'd' -> digits(out, t.get(Calendar.DAY_OF_MONTH), 2);
            case 'e' -> out.append(t.get(Calendar.DAY_OF_MONTH));
            case 'R' -> composite(out, "H:M", t, locale);
            case 'T' -> composite(out, "H:M:S", t, locale);
            case 'r' -> {
                composite(out, "I:M:S ", t, locale);
                out.append(amPm(t, locale).toUpperCase(names));
            }
            case 'D' -> composite(out, "m/d/y", t, locale);
            case 'F' -> composite(out, "Y-m-d", t, locale);
            case 'c' -> composite(out, "a b d T Z Y", t, locale);
            default -> throw new IllegalStateException("not a date/time conversion: " + conversion);
        }
    }

    /** A conversion made of others: letters are conversions, anything else is copied. */
    private static void composite(StringBuilder out, String pattern, Calendar t, Locale locale) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (Character.isLetter(c)) {
                append(out, c, t, locale);
            } else {
                out.append(c);
            }
        }
    }

    private static int twelveHour(Calendar t) {
        int hour = t.get(Calendar.HOUR);
        return hour == 0 ? 12 : hour;
    }

    /** Formatter's: "AM"/"PM" for no locale or Locale.US, the locale's strings otherwise. */
    private static String amPm(Calendar t, Locale locale) {
        String[] strings = locale == null || locale.equals(Locale.US) ? new String[] {"AM", "PM"}
                : DateFormatSymbols.getInstance(locale).getAmPmStrings();
        return strings[t.get(Calendar.AM_PM)];
    }

    private static void digits(StringBuilder out, long value, int width) {
        String text = Long.toString(value);
        for (int i = text.length(); i < width; i++) {
            out.append('0');
        }
        out.append(text);
    }
}
