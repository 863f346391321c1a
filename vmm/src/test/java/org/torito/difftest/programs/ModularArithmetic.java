package org.torito.difftest.programs;

import java.math.BigInteger;

/** BigInteger.modPow and modInverse over even and odd moduli, negative exponents and bases, and a 10^40 modulus. */
public class ModularArithmetic {
    public static void main(String[] args) {
        BigInteger tenTo40 = BigInteger.TEN.pow(40);
        BigInteger a = new BigInteger("2988348162058574136915891421498819466320163312926952423791023078876139");
        BigInteger b = new BigInteger("2351399303373464486466122544523690094744975233415544072992656881240319");
        System.out.println("rosetta " + a.modPow(b, tenTo40));
        BigInteger[] moduli = {BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(64), BigInteger.valueOf(97),
            BigInteger.valueOf(1_000_000_007), BigInteger.valueOf(1L << 40), BigInteger.TWO.pow(89).subtract(BigInteger.ONE),
            tenTo40, BigInteger.valueOf(360), new BigInteger("123456789012345678901234567890")};
        BigInteger[] bases = {BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(-1), BigInteger.valueOf(7),
            BigInteger.valueOf(-12345), a, b.negate()};
        BigInteger[] exponents = {BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(2), BigInteger.valueOf(65537),
            new BigInteger("98765432109876543210"), b};
        for (BigInteger m : moduli) {
            StringBuilder line = new StringBuilder("mod " + m + ":");
            for (BigInteger base : bases) {
                for (BigInteger e : exponents) {
                    line.append(' ').append(base.modPow(e, m));
                }
            }
            System.out.println(line);
        }
        for (BigInteger m : moduli) {
            StringBuilder line = new StringBuilder("inverse mod " + m + ":");
            for (BigInteger base : bases) {
                line.append(' ').append(attempt(() -> base.modPow(BigInteger.valueOf(-3), m)));
                line.append('/').append(attempt(() -> base.modInverse(m)));
            }
            System.out.println(line);
        }
        System.out.println("zero modulus " + attempt(() -> a.modPow(b, BigInteger.ZERO)));
        System.out.println("negative modulus " + attempt(() -> a.modPow(b, BigInteger.valueOf(-5))));
    }

    private static String attempt(java.util.function.Supplier<BigInteger> f) {
        try {
            return f.get().toString();
        } catch (ArithmeticException e) {
            return e.getClass().getSimpleName() + "(" + e.getMessage() + ")";
        }
    }
}
