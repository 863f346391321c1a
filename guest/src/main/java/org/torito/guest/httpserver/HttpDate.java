package org.torito.guest.httpserver;

import org.torito.fs.CivilDate;

/**
 * The Date header's value, "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110's IMF-fixdate, which the
 * JDK's server writes with the pattern "EEE, dd MMM yyyy HH:mm:ss zzz" in GMT). Computed from the
 * epoch here rather than with java.time: a formatter would bring java.time's classes into every
 * image that serves HTTP.
 */
final class HttpDate {
    private static final String[] DAYS = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private HttpDate() {
    }

    static String format(long epochMillis) {
        long days = Math.floorDiv(epochMillis, MILLIS_PER_DAY);
        int secondOfDay = (int) (Math.floorMod(epochMillis, MILLIS_PER_DAY) / 1000);
        CivilDate date = CivilDate.ofEpochDay(days);

        StringBuilder s = new StringBuilder(29);
        s.append(DAYS[(int) Math.floorMod(days, 7L)]).append(", ");
        twoDigits(s, date.day()).append(' ').append(MONTHS[date.month() - 1]).append(' ');
        s.append(date.year()).append(' ');
        twoDigits(s, secondOfDay / 3600).append(':');
        twoDigits(s, secondOfDay / 60 % 60).append(':');
        twoDigits(s, secondOfDay % 60).append(" GMT");
        return s.toString();
    }

    private static StringBuilder twoDigits(StringBuilder s, int n) {
        return s.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }
}
