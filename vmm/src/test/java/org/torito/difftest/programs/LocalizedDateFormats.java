package org.torito.difftest.programs;

import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/** DateFormat's localized time, date and date-time patterns for US English, and what they print in UTC. */
public class LocalizedDateFormats {
    private static final String[] STYLES = {"FULL", "LONG", "MEDIUM", "SHORT"};
    private static final long[] INSTANTS = {0L, 951782400000L + 13 * 3600_000L + 5 * 60_000L + 9000L,
        1_700_000_000_000L, -86_400_000L * 365};

    public static void main(String[] args) {
        // Locale.US: the guest's default locale is not the host's.
        Locale locale = Locale.US;
        TimeZone utc = TimeZone.getTimeZone("UTC");
        for (int style = DateFormat.FULL; style <= DateFormat.SHORT; style++) {
            // LONG and FULL add the zone's name, which is not what this checks.
            if (style >= DateFormat.MEDIUM) {
                print("time " + STYLES[style], DateFormat.getTimeInstance(style, locale), utc);
            }
            print("date " + STYLES[style], DateFormat.getDateInstance(style, locale), utc);
        }
        for (int dateStyle = DateFormat.FULL; dateStyle <= DateFormat.SHORT; dateStyle++) {
            for (int timeStyle = DateFormat.MEDIUM; timeStyle <= DateFormat.SHORT; timeStyle++) {
                print("date " + STYLES[dateStyle] + " time " + STYLES[timeStyle],
                        DateFormat.getDateTimeInstance(dateStyle, timeStyle, locale), utc);
            }
        }
        // The zone's name is stable for UTC; the pattern is what differs.
        for (int style = DateFormat.FULL; style <= DateFormat.LONG; style++) {
            System.out.println("time pattern " + STYLES[style] + ": "
                    + visible(((SimpleDateFormat) DateFormat.getTimeInstance(style, locale)).toPattern()));
        }
        for (int dateStyle = DateFormat.FULL; dateStyle <= DateFormat.SHORT; dateStyle++) {
            StringBuilder line = new StringBuilder("date " + STYLES[dateStyle] + " with time FULL..SHORT:");
            for (int timeStyle = DateFormat.FULL; timeStyle <= DateFormat.SHORT; timeStyle++) {
                DateFormat both = DateFormat.getDateTimeInstance(dateStyle, timeStyle, locale);
                line.append(" [").append(visible(((SimpleDateFormat) both).toPattern())).append(']');
            }
            System.out.println(line);
        }
    }

    private static void print(String label, DateFormat format, TimeZone zone) {
        format.setTimeZone(zone);
        StringBuilder line = new StringBuilder(label).append(": ")
                .append(visible(((SimpleDateFormat) format).toPattern())).append(" ->");
        for (long instant : INSTANTS) {
            line.append(" [").append(visible(format.format(new Date(instant)))).append(']');
        }
        System.out.println(line);
    }

    /** Characters outside ASCII as \\uXXXX: the narrow no-break space is what differs. */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x7f) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }
}
