package org.torito.vmm.guests;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * An ordinary java.time program of the kind issue 19 names: the clock, durations, dates, UTC
 * date-times, ISO and RFC 1123 formatting and parsing. {@code args[0]} is the host's
 * currentTimeMillis when the run started, so "now" prints as a comparison that HotSpot and the
 * guest answer alike.
 */
public final class JavaTimeGuest {
    private JavaTimeGuest() {
    }

    public static void main(String[] args) {
        Instant host = Instant.ofEpochMilli(Long.parseLong(args[0]));
        System.out.println("now within a minute of the host: " + (Duration.between(host, Instant.now()).abs().toSeconds() < 60));
        Instant fixed = Instant.parse("2024-02-29T23:59:58.123456789Z");
        System.out.println(fixed + " " + fixed.toEpochMilli() + " " + fixed.plus(Duration.ofHours(26).plusMinutes(3)) + " " + Instant.ofEpochSecond(-1));
        ZonedDateTime utc = fixed.atZone(ZoneOffset.UTC);
        System.out.println(utc + " " + utc.getDayOfWeek() + " " + utc.plusDays(1) + " " + utc.plusDays(1).getDayOfWeek());
        System.out.println(DateTimeFormatter.RFC_1123_DATE_TIME.format(utc) + " | " + DateTimeFormatter.RFC_1123_DATE_TIME.format(utc.plusDays(5).withNano(0)));
        System.out.println(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(utc) + " | " + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(utc) + " | " + DateTimeFormatter.ISO_INSTANT.format(fixed) + " | " + DateTimeFormatter.ISO_ZONED_DATE_TIME.format(utc.withZoneSameInstant(ZoneOffset.ofHoursMinutes(5, 30))));
        LocalDate date = LocalDate.of(2023, 12, 31);
        LocalDate march = LocalDate.parse("2024-03-01");
        System.out.println(date.plusDays(60) + " " + date.until(march) + " " + ChronoUnit.DAYS.between(date, march) + " " + date.until(march, ChronoUnit.WEEKS) + " " + date.isLeapYear() + " " + march.isLeapYear() + " " + march.getDayOfYear());
        System.out.println(DateTimeFormatter.ISO_DATE.format(date) + " " + DateTimeFormatter.ISO_WEEK_DATE.format(date) + " " + DateTimeFormatter.ISO_ORDINAL_DATE.format(date) + " " + DateTimeFormatter.BASIC_ISO_DATE.format(date));
        LocalDateTime local = LocalDateTime.parse("2024-03-10T02:30:00");
        System.out.println(local.plusHours(25) + " " + Duration.between(local, LocalDateTime.of(2025, 1, 1, 0, 0)) + " " + local.getDayOfWeek() + " " + local.minusMonths(1).withDayOfMonth(29).toLocalDate());
        ZonedDateTime parsed = ZonedDateTime.parse("Tue, 3 Jun 2008 11:05:30 GMT", DateTimeFormatter.RFC_1123_DATE_TIME);
        System.out.println(parsed + " " + parsed.toInstant().getEpochSecond() + " " + ZonedDateTime.parse("2024-01-01T00:00:00+01:00").toInstant() + " " + LocalDateTime.ofEpochSecond(1_700_000_000L, 0, ZoneOffset.UTC));
        System.out.println(Duration.ofSeconds(3661, 5) + " " + Duration.parse("PT-1.5S") + " " + Duration.ofDays(2).toMinutes() + " " + Duration.ofMillis(-1) + " " + Duration.ZERO);
        System.out.println(DayOfWeek.SUNDAY.plus(1) + " " + DayOfWeek.valueOf("FRIDAY").getValue() + " " + DayOfWeek.from(march));
        for (String text : new String[] {"2024-13-01", "2023-02-29", "2024-02-30T10:00"}) {
            try {
                System.out.println(LocalDate.parse(text));
            } catch (RuntimeException e) {
                System.out.println(e.getClass().getName() + ": " + e.getMessage());
            }
        }
    }
}
