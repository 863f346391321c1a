package org.torito.guest.runtime.time;

import java.time.Duration;

/**
 * The Duration methods Java 9 added, which TeaVM's ThreeTen backport lacks (a program calling
 * one did not build). Each computes what the JDK's does, so a negative duration's hours,
 * minutes and seconds parts are negative where its nanosecond and millisecond parts are not.
 */
public final class DurationParts {
    private DurationParts() {
    }

    public static long toSeconds(Duration d) {
        return d.getSeconds();
    }

    public static long toDaysPart(Duration d) {
        return d.getSeconds() / 86_400;
    }

    public static int toHoursPart(Duration d) {
        return (int) (d.toHours() % 24);
    }

    public static int toMinutesPart(Duration d) {
        return (int) (d.toMinutes() % 60);
    }

    public static int toSecondsPart(Duration d) {
        return (int) (d.getSeconds() % 60);
    }

    public static int toMillisPart(Duration d) {
        return d.getNano() / 1_000_000;
    }

    public static int toNanosPart(Duration d) {
        return d.getNano();
    }
}
