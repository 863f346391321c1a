package org.torito.fs;

/**
 * A day of the proleptic Gregorian calendar, from a count of days since 1970-01-01 (Howard
 * Hinnant's days-to-civil algorithm): FAT's timestamps and the guest HTTP server's Date header
 * both need one, and neither may pull in java.time (its classes cost a guest image its size).
 */
public final class CivilDate {
    private final long year;
    private final int month;
    private final int day;

    private CivilDate(long year, int month, int day) {
        this.year = year;
        this.month = month;
        this.day = day;
    }

    /** The date {@code epochDay} days after 1970-01-01 (negative: before it). */
    public static CivilDate ofEpochDay(long epochDay) {
        // Counted in 400-year eras that start on 1 March, so the leap day ends a year.
        long z = epochDay + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        return new CivilDate(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
    }

    public long year() {
        return year;
    }

    /** 1 to 12. */
    public int month() {
        return month;
    }

    /** 1 to 31. */
    public int day() {
        return day;
    }
}
