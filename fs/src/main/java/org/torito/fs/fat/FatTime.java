package org.torito.fs.fat;

import org.torito.fs.CivilDate;

/** DOS date and time (2-second resolution, local time taken as UTC) to and from Unix seconds. */
final class FatTime {
    private FatTime() {
    }

    /** {@code date << 16 | time} for {@code seconds} since 1970, clamped to 1980..2107. */
    static int encode(long seconds) {
        long days = Math.floorDiv(seconds, 86400);
        long rest = seconds - days * 86400;
        CivilDate civil = CivilDate.ofEpochDay(days);
        long year = civil.year();
        long month = civil.month();
        long day = civil.day();
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
