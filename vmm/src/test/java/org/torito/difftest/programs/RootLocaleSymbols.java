package org.torito.difftest.programs;

import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.Locale;
import java.util.TimeZone;

/** The root locale's date symbols (month and weekday names, AM/PM) and %t conversions that name them. */
public class RootLocaleSymbols {
    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        DateFormatSymbols root = DateFormatSymbols.getInstance(Locale.ROOT);
        System.out.println("months " + Arrays.toString(root.getMonths()));
        System.out.println("short months " + Arrays.toString(root.getShortMonths()));
        System.out.println("weekdays " + Arrays.toString(root.getWeekdays()));
        System.out.println("short weekdays " + Arrays.toString(root.getShortWeekdays()));
        System.out.println("am/pm " + Arrays.toString(root.getAmPmStrings()));
        System.out.println("format " + String.format(Locale.ROOT, "%tB %<tb %<tA %<ta %<tp %<tc", 0L));
    }
}
