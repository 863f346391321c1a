package org.torito.guest.runtime;

import java.math.BigInteger;

/**
 * {@code BigInteger.modInverse}, by the extended Euclidean algorithm on BigIntegers. TeaVM
 * 0.15's threw "BigInteger not invertible" where the JDK's message ends with a period, and it
 * is the inverse {@link ModularPowers} takes for a negative exponent.
 */
public final class ModularInverses {

    private ModularInverses() {
    }

    public static BigInteger modInverse(BigInteger value, BigInteger modulus) {
        if (modulus.signum() <= 0) {
            throw new ArithmeticException("BigInteger: modulus not positive");
        }
        if (modulus.equals(BigInteger.ONE)) {
            return BigInteger.ZERO;
        }
        BigInteger remainder = value.mod(modulus);
        BigInteger next = modulus;
        BigInteger coefficient = BigInteger.ONE;
        BigInteger nextCoefficient = BigInteger.ZERO;
        while (next.signum() != 0) {
            BigInteger[] division = remainder.divideAndRemainder(next);
            remainder = next;
            next = division[1];
            BigInteger previous = coefficient;
            coefficient = nextCoefficient;
            nextCoefficient = previous.subtract(division[0].multiply(nextCoefficient));
        }
        if (!remainder.equals(BigInteger.ONE)) {
            throw new ArithmeticException("BigInteger not invertible.");
        }
        return coefficient.mod(modulus);
    }
}
