package org.torito.guest.runtime;

import java.math.BigInteger;

/**
 * {@code BigInteger.modPow}. TeaVM 0.15's (Apache Harmony's) answer for an even modulus was
 * wrong: {@code a.modPow(b, 10^40)} agreed with the JDK in its low 31 digits only. Square and
 * multiply, reducing after each step, needs nothing but multiply and mod, which are right; it
 * serves odd moduli too, so there is one path to trust.
 */
public final class ModularPowers {

    private ModularPowers() {
    }

    public static BigInteger modPow(BigInteger base, BigInteger exponent, BigInteger modulus) {
        if (modulus.signum() <= 0) {
            throw new ArithmeticException("BigInteger: modulus not positive");
        }
        if (exponent.signum() < 0) {
            base = base.modInverse(modulus);
            exponent = exponent.negate();
        }
        BigInteger factor = base.mod(modulus);
        BigInteger result = BigInteger.ONE.mod(modulus);
        for (int bit = exponent.bitLength() - 1; bit >= 0; bit--) {
            result = result.multiply(result).mod(modulus);
            if (exponent.testBit(bit)) {
                result = result.multiply(factor).mod(modulus);
            }
        }
        return result;
    }
}
