package org.torito.boot.teavm.classlib;

import static org.torito.boot.teavm.classlib.ClasslibFix.instance;
import static org.torito.boot.teavm.classlib.ClasslibFix.staticMethod;

import java.util.List;
import java.util.stream.Stream;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;

/**
 * java.time, which TeaVM compiles from its copy of the ThreeTen backport (docs/java-api.md,
 * "java.time", lists each difference and the measurements behind the choice).
 */
final class TimeFixes {
    private static final String DURATION = "java.time.Duration";
    private static final String PROVIDER = "java.time.zone.ZoneRulesProvider";
    /** TeaVM's provider class: it exists only in TeaVM's backport, so its replacements take the superclass. */
    private static final String JODA_PROVIDER = "java.time.zone.JodaRulesProvider";
    private static final String ZONES = "org.torito.guest.runtime.time.RegionZones";
    private static final String PARTS = "org.torito.guest.runtime.time.DurationParts";
    private static final ValueType STRING = ValueType.object("java.lang.String");
    private static final ValueType SET = ValueType.object("java.util.Set");
    private static final ValueType RULES = ValueType.object("java.time.zone.ZoneRules");

    static final List<ClasslibFix> FIXES = Stream.concat(Stream.of(
            // TeaVM's provider reads its time-zone database, and with it GregorianCalendar and
            // the CLDR locale tables: a 20-line java.time program was a 3 MB image, 1.4 MB of it
            // reached from here, though fixed offsets never ask a provider. Region ids now throw
            // ZoneRulesException naming the id.
            staticMethod(PROVIDER, "getProvider", ZONES, ValueType.object(PROVIDER), STRING),
            new ClasslibFix(new MethodReference(JODA_PROVIDER, "provideZoneIds", SET),
                    new MethodReference(ZONES, "provideZoneIds", ValueType.object(PROVIDER), SET), true, false),
            new ClasslibFix(new MethodReference(JODA_PROVIDER, "provideRules", STRING, ValueType.BOOLEAN, RULES),
                    new MethodReference(ZONES, "provideRules", ValueType.object(PROVIDER), STRING, ValueType.BOOLEAN,
                            RULES), true, false),
            // The rules of a fixed offset printed as "FixedRules:Z".
            new ClasslibFix(new MethodReference("java.time.zone.ZoneRules$Fixed", "toString", STRING),
                    new MethodReference("org.torito.guest.runtime.time.FixedZoneRulesText", "toString", RULES, STRING),
                    true, false),
            // Duration.parse rejected every number with a 9 in it, read "PT1.5S" as 1 s and 5 ns
            // and overflowed int: the JDK's grammar instead.
            staticMethod(DURATION, "parse", "org.torito.guest.runtime.time.DurationText", ValueType.object(DURATION),
                    ValueType.object("java.lang.CharSequence"))),
            // Java 9's Duration accessors, which the backport lacks: a program calling one did not build.
            Stream.concat(Stream.of("toSeconds", "toDaysPart").map(name -> durationPart(name, ValueType.LONG)),
                    Stream.of("toHoursPart", "toMinutesPart", "toSecondsPart", "toMillisPart", "toNanosPart")
                            .map(name -> durationPart(name, ValueType.INTEGER))))
            .toList();

    private static ClasslibFix durationPart(String name, ValueType result) {
        return instance(DURATION, name, PARTS, result).missing();
    }

    private TimeFixes() {
    }
}
