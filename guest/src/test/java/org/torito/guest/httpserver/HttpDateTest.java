package org.torito.guest.httpserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The Date header's text is what the JDK's server formats with java.time, for any instant. */
class HttpDateTest {
    private static final DateTimeFormatter JDK = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss zzz", Locale.US)
            .withZone(ZoneId.of("GMT"));

    @Test
    void formatsAsTheJdksServer() {
        long[] fixed = {0, -1, 951_782_400_000L /* 2000-02-29 */, 4_107_542_399_999L, 1_000_000_000_000L,
            -2_208_988_800_000L /* 1900-01-01 */, 253_402_300_799_000L /* 9999-12-31 */};
        for (long t : fixed) {
            assertEquals(JDK.format(Instant.ofEpochMilli(t)), HttpDate.format(t), "at " + t);
        }
        Random random = new Random(19);
        for (int i = 0; i < 100_000; i++) {
            long t = random.nextLong(-30_000_000_000_000L, 253_402_300_799_000L);
            assertEquals(JDK.format(Instant.ofEpochMilli(t)), HttpDate.format(t), "at " + t);
        }
    }
}
