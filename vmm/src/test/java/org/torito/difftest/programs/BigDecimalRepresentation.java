package org.torito.difftest.programs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/** BigDecimal scale, precision, unscaledValue, stripTrailingZeros, toString/toPlainString/toEngineeringString, compareTo vs equals, arithmetic scales. */
public final class BigDecimalRepresentation {
    private BigDecimalRepresentation() {
    }

    public static void main(String[] args) {
        String[] texts = {"0", "0.00", "-0.0", "1", "1.0", "100", "1E+2", "1E2", "12.3400", "-0.000123", "0.0000001", "1E-7",
            "123456789.123456789", "1E+10", "-4.5E-10", "12345E+3", "0E+5", "0E-9", "0.1E+1", "+5", ".5", "5.", "1e400",
            "-123.456e-2"};
        for (String t : texts) {
            BigDecimal d = new BigDecimal(t);
            BigDecimal s = d.stripTrailingZeros();
            System.out.println(t + ": str=" + d + " plain=" + d.toPlainString() + " eng=" + d.toEngineeringString() + " scale="
                    + d.scale() + " prec=" + d.precision() + " unscaled=" + d.unscaledValue() + " signum=" + d.signum()
                    + " strip=" + s + "/" + s.scale() + " double=" + d.doubleValue() + " neg=" + d.negate() + " abs=" + d.abs());
        }
        // Negative scales print with exponents; toPlainString pads with zeros.
        for (int scale : new int[] {-10, -3, -1, 0, 1, 3, 6, 7, 10}) {
            BigDecimal d = new BigDecimal(BigInteger.valueOf(-12345), scale);
            System.out.println("12345e" + (-scale) + ": " + d + " " + d.toPlainString() + " " + d.toEngineeringString()
                    + " " + new BigDecimal(BigInteger.ONE, scale) + " " + new BigDecimal(BigInteger.ONE, scale).toEngineeringString());
        }
        BigDecimal[][] pairs = {{new BigDecimal("2.0"), new BigDecimal("2.00")}, {new BigDecimal("0"), new BigDecimal("0.000")},
            {new BigDecimal("-1"), new BigDecimal("1")}, {new BigDecimal("1E+2"), new BigDecimal("100")},
            {new BigDecimal("0.1"), new BigDecimal(0.1)}, {BigDecimal.valueOf(0.1), new BigDecimal("0.1")},
            {BigDecimal.valueOf(100, 2), BigDecimal.ONE}};
        for (BigDecimal[] p : pairs) {
            BigDecimal a = p[0];
            BigDecimal b = p[1];
            System.out.println(a + " vs " + b + ": cmp=" + a.compareTo(b) + " equals=" + a.equals(b) + " hashEq="
                    + (a.hashCode() == b.hashCode()) + " stripEq=" + a.stripTrailingZeros().equals(b.stripTrailingZeros())
                    + " + " + a.add(b) + " - " + a.subtract(b) + " * " + a.multiply(b) + " max " + a.max(b) + " min " + a.min(b));
        }
        System.out.println("new BigDecimal(0.1) = " + new BigDecimal(0.1) + " valueOf(0.1) = " + BigDecimal.valueOf(0.1)
                + " valueOf(1e-5) = " + BigDecimal.valueOf(1e-5) + " valueOf(100.0) = " + BigDecimal.valueOf(100.0)
                + " new(0.5) = " + new BigDecimal(0.5) + " new(1e20) = " + new BigDecimal(1e20) + " valueOf(5, -2) = "
                + BigDecimal.valueOf(5, -2) + " valueOf(-7L) = " + BigDecimal.valueOf(-7L));
        BigDecimal a = new BigDecimal("1.50");
        BigDecimal b = new BigDecimal("0.3");
        System.out.println("scales add=" + a.add(b).scale() + " mul=" + a.multiply(b) + " pow=" + a.pow(3) + " pow0=" + a.pow(0)
                + " movePointLeft=" + a.movePointLeft(3) + " movePointRight=" + a.movePointRight(5) + " scaleByPow10="
                + a.scaleByPowerOfTen(-4) + " ulp=" + a.ulp() // BigDecimal.sqrt is missing from TeaVM 0.15's class library (build fails).
                + " plus=" + new BigDecimal("123.456").plus(new MathContext(4))
                + " rem=" + new BigDecimal("-7.5").remainder(new BigDecimal("2")) + " intValue=" + new BigDecimal("-7.9").intValue()
                + " toBigInteger=" + new BigDecimal("-7.9").toBigInteger() + " longValue=" + new BigDecimal("1E+20").longValue());
        for (String bad : new String[] {"", "1.2.3", "e5", "1e", "--1", "1,5", "NaN", " 1"}) {
            try {
                System.out.println("parse \"" + bad + "\" = " + new BigDecimal(bad));
            } catch (NumberFormatException e) {
                System.out.println("parse \"" + bad + "\": NFE");
            }
        }
        try {
            System.out.println(new BigDecimal("7.9").intValueExact());
        } catch (ArithmeticException e) {
            System.out.println("intValueExact(7.9): " + e.getClass().getName() + " " + e.getMessage());
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 1; i <= 50; i++) {
            sum = sum.add(BigDecimal.ONE.divide(BigDecimal.valueOf(i), MathContext.DECIMAL128));
        }
        System.out.println("H50 = " + sum + " scale " + sum.scale() + " prec " + sum.precision() + " round8 "
                + sum.round(new MathContext(8)) + " pow10 " + BigDecimal.TEN.pow(-2, MathContext.DECIMAL32));
    }
}
