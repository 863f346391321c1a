package org.torito.fs.fat;

/** DOS date and time (2-second resolution, local time taken as UTC) to and from Unix seconds. */
final class FatTime {
    private FatTime() {
    }

    /** {@code date << 16 | time} for {@code seconds} since 1970, clamped to 1980..2107. */
    static int encode(long seconds) {
        long days = Math.floorDiv(seconds, 86400);
        long rest = seconds - days * 86400;
        // Civil date from day count (Howard Hinnant's algorithm).
        long z = days + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long day = doy - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 1980) {
            return (1 << 5 | 1) << 16;
        }
        if (year > 2107) {
            year = 2107;
        }
        int date = (int) ((year - 1980) << 9 | month << 5 | day);
        int time = (int) ((rest / 3600) << 11 | (rest / 60 % 60) << 5 | (rest % 60) / 2);
        return date << 16 | time;
    }

    static long decode(int date, int time) {
        long year = 1980 + (date >>> 9);
        long month = Math.max(1, Math.min(12, date >>> 5 & 0xF));
        long day = Math.max(1, date & 0x1F);
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long mp = month > 2 ? month - 3 : month + 9;
        long doy = (153 * mp + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        long days = era * 146097 + doe - 719468;
        return days * 86400 + (time >>> 11) * 3600L + (time >>> 5 & 0x3F) * 60L + (time & 0x1F) * 2L;
    }
}
