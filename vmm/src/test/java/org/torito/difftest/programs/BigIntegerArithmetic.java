package org.torito.difftest.programs;

import java.math.BigInteger;

/** BigInteger arithmetic: add/multiply/divide/remainder/mod, divideAndRemainder signs, pow, gcd, modPow, modInverse, sqrt, compareTo. */
public final class BigIntegerArithmetic {
    private BigIntegerArithmetic() {
    }

    public static void main(String[] args) {
        BigInteger[] vs = {BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, BigInteger.TEN, BigInteger.valueOf(-7),
            BigInteger.valueOf(Long.MAX_VALUE), BigInteger.valueOf(Long.MIN_VALUE), new BigInteger("123456789012345678901234567890"),
            new BigInteger("-98765432109876543210"), BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE),
            new BigInteger("ffffffffffffffffffffffff", 16)};
        for (BigInteger a : vs) {
            for (BigInteger b : vs) {
                StringBuilder line = new StringBuilder(a + " ? " + b + ": + " + a.add(b) + " - " + a.subtract(b) + " * " + a.multiply(b)
                        + " cmp " + a.compareTo(b) + " eq " + a.equals(b) + " min " + a.min(b) + " gcd " + a.gcd(b));
                if (b.signum() != 0) {
                    BigInteger[] qr = a.divideAndRemainder(b);
                    line.append(" / ").append(a.divide(b)).append(" % ").append(a.remainder(b)).append(" qr ").append(qr[0])
                            .append(',').append(qr[1]);
                }
                if (b.signum() > 0) {
                    line.append(" mod ").append(a.mod(b));
                }
                System.out.println(line);
            }
        }
        BigInteger three = BigInteger.valueOf(3);
        for (int e : new int[] {0, 1, 2, 10, 64, 100}) {
            System.out.println("pow " + e + ": " + three.pow(e) + " " + BigInteger.valueOf(-2).pow(e) + " " + BigInteger.ZERO.pow(e));
        }
        BigInteger m = new BigInteger("1000000007");
        BigInteger[] bases = {BigInteger.TWO, BigInteger.valueOf(-5), new BigInteger("123456789123456789"), BigInteger.ZERO};
        for (BigInteger base : bases) {
            System.out.println("modPow " + base + ": " + base.modPow(BigInteger.valueOf(1000000006), m) + " "
                    + base.modPow(BigInteger.TEN, BigInteger.valueOf(97)) + " " + base.modPow(BigInteger.ZERO, BigInteger.valueOf(13))
                    + " " + base.modPow(new BigInteger("98765432109876543210"), BigInteger.ONE.shiftLeft(89).subtract(BigInteger.ONE))
                    + " " + base.modPow(BigInteger.valueOf(3), BigInteger.valueOf(64)) + " " + base.mod(BigInteger.valueOf(7)));
            try {
                System.out.println("  inverse " + base.modInverse(m) + " " + base.modInverse(BigInteger.valueOf(97)) + " "
                        + base.modPow(BigInteger.valueOf(-1), m));
            } catch (ArithmeticException e) {
                System.out.println("  inverse: " + e.getClass().getName());
            }
        }
        String[] errors = {"divide0", "mod-neg", "modInverse-nonunit", "pow-neg", "sqrt-neg", "modPow-0"};
        for (String what : errors) {
            try {
                BigInteger r = switch (what) {
                    case "divide0" -> BigInteger.TEN.divide(BigInteger.ZERO);
                    case "mod-neg" -> BigInteger.TEN.mod(BigInteger.valueOf(-3));
                    case "modInverse-nonunit" -> BigInteger.valueOf(6).modInverse(BigInteger.valueOf(9));
                    case "pow-neg" -> BigInteger.TEN.pow(-1);
                    case "sqrt-neg" -> BigInteger.valueOf(-4).sqrt();
                    default -> BigInteger.TEN.modPow(BigInteger.ONE, BigInteger.ZERO);
                };
                System.out.println(what + " = " + r);
            } catch (ArithmeticException e) {
                System.out.println(what + ": " + e.getClass().getName() + " " + e.getMessage());
            }
        }
        for (BigInteger v : new BigInteger[] {BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(15), BigInteger.valueOf(16),
            BigInteger.valueOf(Long.MAX_VALUE), BigInteger.TEN.pow(40), BigInteger.TEN.pow(41).add(BigInteger.ONE)}) {
            // BigInteger.sqrtAndRemainder is missing from TeaVM 0.15's class library (build fails).
            System.out.println("sqrt " + v + " = " + v.sqrt() + " rem " + v.subtract(v.sqrt().pow(2)) + " abs " + v.negate().abs() + " neg " + v.negate()
                    + " signum " + v.negate().signum() + " prime " + v.isProbablePrime(20) + " next " + v.nextProbablePrime());
        }
        // A factorial and a Fibonacci number check long carries through many limbs.
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= 60; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        BigInteger x = BigInteger.ZERO;
        BigInteger y = BigInteger.ONE;
        for (int i = 0; i < 300; i++) {
            BigInteger t = x.add(y);
            x = y;
            y = t;
        }
        System.out.println("60! = " + f + " / 2^56 = " + f.shiftRight(56) + " fib300 = " + x + " fib%60! = " + x.mod(f)
                + " long " + f.longValue() + " int " + x.intValue() + " double " + f.doubleValue());
        System.out.println("exact " + BigInteger.valueOf(Long.MAX_VALUE).longValueExact() + " " + BigInteger.valueOf(300).intValueExact()
                + " " + BigInteger.TEN.pow(20).longValue() + " " + BigInteger.valueOf(-129).byteValue());
        try {
            System.out.println(BigInteger.TEN.pow(20).longValueExact());
        } catch (ArithmeticException e) {
            System.out.println("longValueExact: " + e.getMessage());
        }
    }
}
