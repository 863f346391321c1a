package org.torito.guest.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * BigInteger.hashCode and BigDecimal.hashCode as the JDK computes them, for images: TeaVM 0.15's
 * (from Apache Harmony) gave other values, which showed wherever a program prints a hash code,
 * formats with {@code %h} or iterates a hash map of big numbers. Neither hash is specified, but a
 * program that prints one prints HotSpot's.
 */
public final class BigNumberHashes {

    private BigNumberHashes() {
    }

    /** 31 · h + w over the magnitude's 32-bit words, most significant first, times the sign. */
    public static int hashCode(BigInteger value) {
        byte[] bytes = value.abs().toByteArray();
        int words = (bytes.length + 3) / 4;
        int hash = 0;
        for (int w = 0; w < words; w++) {
            // Word w (from the top) holds the bytes whose distance from the end is in its range.
            int end = bytes.length - 4 * (words - 1 - w);
            int word = 0;
            for (int b = Math.max(0, end - 4); b < end; b++) {
                word = (word << 8) | (bytes[b] & 0xFF);
            }
            hash = 31 * hash + word;
        }
        return hash * value.signum();
    }

    /** The JDK's: from the unscaled value as a long where it fits (below 2^63), else as a BigInteger. */
    public static int hashCode(BigDecimal value) {
        BigInteger unscaled = value.unscaledValue();
        if (unscaled.abs().bitLength() <= 63) {
            long compact = unscaled.longValue();
            long magnitude = Math.abs(compact);
            int temp = (int) (((int) (magnitude >>> 32)) * 31 + (magnitude & 0xFFFFFFFFL));
            return 31 * (compact < 0 ? -temp : temp) + value.scale();
        }
        return 31 * hashCode(unscaled) + value.scale();
    }
}
