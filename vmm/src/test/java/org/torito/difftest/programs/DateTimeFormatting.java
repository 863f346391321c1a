package org.torito.difftest.programs;

import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Formatter's %t and %T date and time conversions over long, Long, Date and Calendar arguments
 * in UTC: every conversion, composites, width and '-', upper case, null, and the exceptions for
 * bad flags, precision, unknown suffixes and argument types.
 */
public class DateTimeFormatting {
    private static final String CONVERSIONS = "HIklMSLNpzZsQBbhAaCYyjmdeRTrDFc";

    public static void main(String[] args) {
        // The output depends on the default time zone: fix it for HotSpot and the image alike.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        long[] instants = {0L, 1L, 86_399_999L, 951_782_400_000L, 1_234_567_890_123L, 1_700_000_000_999L,
            -1L, -86_400_001L, 4_102_444_799_000L, 1_583_020_800_000L};
        for (long millis : instants) {
            StringBuilder line = new StringBuilder(Long.toString(millis)).append(':');
            for (char c : CONVERSIONS.toCharArray()) {
                line.append(" %t").append(c).append('=').append(String.format("%t" + c, millis));
            }
            System.out.println(line);
            System.out.println("  upper " + String.format("%TB %Ta %Tp %Tr %Tc", millis, millis, millis, millis, millis));
        }
        Date date = new Date(1_234_567_890_123L);
        System.out.println("date " + String.format("%tF %<tT.%<tL %<tZ|%-12tR|%12tD|", date, date, date));
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.US);
        calendar.clear();
        calendar.set(2024, Calendar.FEBRUARY, 29, 23, 59, 58);
        System.out.println("calendar " + String.format("%tA %<te %<tB %<tY %<tj %<tI:%<tM %<tp %<ts", calendar));
        System.out.println("boxed " + String.format("%tY", Long.valueOf(0)) + " null " + String.format("%tH|%5TB|", null, null));
        System.out.println("locale " + String.format(Locale.US, "%tc", 0L) + " | " + String.format(Locale.US, "%tB %<tp", 0L));
        String[] bad = {"%t", "%tq", "%T", "%.2tH", "%#tH", "%-tH", "%+tH", "%0tH", "%,tH", "%(tH", "% tH"};
        for (String format : bad) {
            attempt(format, 0L);
        }
        attempt("%tH", "x");
        attempt("%tH", 1);
        attempt("%TB", 1.5);
    }

    private static void attempt(String format, Object arg) {
        try {
            System.out.println(format + " -> " + String.format(format, arg));
        } catch (IllegalArgumentException e) {
            System.out.println(format + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
