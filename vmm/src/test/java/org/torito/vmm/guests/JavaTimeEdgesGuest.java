package org.torito.vmm.guests;

import java.time.Duration;
import java.time.ZoneId;

/**
 * Where Torito's java.time was fixed or cut (docs/java-api.md, "java.time"): Duration.parse's
 * grammar and Java 9's Duration parts, the fixed-offset zone ids, and last the one line that
 * differs from HotSpot by design: a region id, which an image has no time-zone database for.
 */
public final class JavaTimeEdgesGuest {
    private JavaTimeEdgesGuest() {
    }

    public static void main(String[] args) {
        for (String text : new String[] {"PT-1.5S", "P2DT3H4M", "pt9h99m0.123456789s", "-PT-6H+3M", "PT", "P1DT", "PT1.S",
            "PT,5S", "P-9D", "PT1.1234567890S", "PT9223372036854775807S", "P106751991167301D", "PT0.000000001S", "+P1D"}) {
            try {
                Duration d = Duration.parse(text);
                System.out.println(text + " -> " + d + " " + d.toSeconds() + " " + d.toDaysPart() + " " + d.toHoursPart() + " "
                        + d.toMinutesPart() + " " + d.toSecondsPart() + " " + d.toMillisPart() + " " + d.toNanosPart() + " "
                        + d.negated());
            } catch (RuntimeException e) {
                System.out.println(text + " -> " + e.getClass().getName() + ": " + e.getMessage() + " cause=" + e.getCause());
            }
        }
        for (String id : new String[] {"UTC", "GMT+2", "Z", "+05:30", "UT-01:00", "Europe/Paris"}) {
            try {
                System.out.println(id + " -> " + ZoneId.of(id) + " " + ZoneId.of(id).getRules());
            } catch (RuntimeException e) {
                System.out.println(id + " -> " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
    }
}
