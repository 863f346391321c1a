package org.torito.guest.runtime;

import java.math.BigInteger;

/**
 * {@code BigInteger.doubleValue} and {@code floatValue}, rounded to nearest as the JDK does.
 * TeaVM 0.15's (Harmony's) conversion cut bits instead. The decimal string read back by the
 * image's correctly rounded parser ({@code FloatingPointParsing}) is the nearest value, including
 * infinity past the range: slower than bit arithmetic, and right.
 */
public final class BigIntegerConversions {

    private BigIntegerConversions() {
    }

    public static double doubleValue(BigInteger value) {
        return Double.parseDouble(value.toString());
    }

    public static float floatValue(BigInteger value) {
        return Float.parseFloat(value.toString());
    }
}
