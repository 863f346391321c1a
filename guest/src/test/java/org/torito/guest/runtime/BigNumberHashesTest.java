package org.torito.guest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The image's BigInteger and BigDecimal hash codes against the JDK's, on HotSpot. */
class BigNumberHashesTest {

    @Test
    void bigIntegersHashAsOnTheJdk() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 20_000; i++) {
            BigInteger value = new BigInteger(random.nextInt(300), new java.util.Random(random.nextLong()));
            if (random.nextBoolean()) {
                value = value.negate();
            }
            assertEquals(value.hashCode(), BigNumberHashes.hashCode(value), value.toString());
        }
        for (BigInteger value : new BigInteger[] {BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.shiftLeft(31),
            BigInteger.ONE.shiftLeft(32), BigInteger.ONE.shiftLeft(70).negate(), BigInteger.valueOf(Long.MIN_VALUE)}) {
            assertEquals(value.hashCode(), BigNumberHashes.hashCode(value), value.toString());
        }
    }

    @Test
    void bigDecimalsHashAsOnTheJdk() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            BigInteger unscaled = new BigInteger(random.nextInt(130), new java.util.Random(random.nextLong()));
            BigDecimal value = new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(40) - 20);
            assertEquals(value.hashCode(), BigNumberHashes.hashCode(value), value.toString());
        }
        for (String text : new String[] {"1.005", "-123456789.987654321", "0", "-0.00001", "1E+5",
            "9223372036854775807", "-9223372036854775808", "9223372036854775808"}) {
            BigDecimal value = new BigDecimal(text);
            assertEquals(value.hashCode(), BigNumberHashes.hashCode(value), text);
        }
    }
}
