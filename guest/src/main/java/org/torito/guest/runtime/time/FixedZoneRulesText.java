package org.torito.guest.runtime.time;

import java.time.Instant;
import java.time.zone.ZoneRules;

/**
 * toString of the rules of a fixed offset (ZoneOffset.UTC.getRules(), ZoneId.of("GMT+2")
 * .getRules()): the JDK writes every ZoneRules as its current standard offset, TeaVM's backport
 * wrote "FixedRules:+02:00".
 */
public final class FixedZoneRulesText {
    private FixedZoneRulesText() {
    }

    public static String toString(ZoneRules rules) {
        return "ZoneRules[currentStandardOffset=" + rules.getStandardOffset(Instant.EPOCH) + "]";
    }
}
