package org.torito.guest.runtime.time;

import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesException;
import java.time.zone.ZoneRulesProvider;
import java.util.Set;

/**
 * java.time's zone rules provider in an image: none. TeaVM's provider (its ThreeTen backport's
 * JodaRulesProvider) reads its own time-zone database, and with it GregorianCalendar and the CLDR
 * locale tables: 1.4 MB of a 3 MB java.time image (docs/java-api.md, "java.time"). Fixed offsets
 * never reach a provider (ZoneOffset, and the ids Z, UTC, GMT, UT with or without an offset), so
 * only a region id such as Europe/Paris does, and it gets an exception that names it.
 */
public final class RegionZones {
    private RegionZones() {
    }

    /** ZoneRulesProvider.getProvider(String): no provider knows a region. */
    public static ZoneRulesProvider getProvider(String zoneId) {
        throw unknown(zoneId);
    }

    /** JodaRulesProvider.provideZoneIds(): it registers no ids. */
    public static Set<String> provideZoneIds(ZoneRulesProvider provider) {
        return Set.of();
    }

    /** JodaRulesProvider.provideRules(String, boolean): never asked, as it registers no ids. */
    public static ZoneRules provideRules(ZoneRulesProvider provider, String zoneId, boolean forCaching) {
        throw unknown(zoneId);
    }

    /** HotSpot's message for an id it does not know, and why this one is unknown here. */
    private static ZoneRulesException unknown(String zoneId) {
        return new ZoneRulesException("Unknown time-zone ID: " + zoneId + " (a Torito image has no time-zone "
                + "database: java.time knows fixed offsets only, such as Z, UTC, GMT+2 or +05:30; docs/java-api.md)");
    }
}
