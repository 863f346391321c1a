package org.torito.difftest.programs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Number's xxxValue conversions on every boxed type (saturating, wrapping, rounding), equals across boxed types, and the static sum/min/max/compare/hashCode helpers. */
public class BoxedNumberConversions {
    public static void main(String[] args) {
        List<Number> numbers = new ArrayList<>();
        numbers.add(Byte.MIN_VALUE);
        numbers.add((short) -32768);
        numbers.add((short) 200);
        numbers.add(Integer.MAX_VALUE);
        numbers.add(-129);
        numbers.add(65537);
        numbers.add(Long.MIN_VALUE);
        numbers.add(0x1234_5678_9ABC_DEF0L);
        numbers.add((1L << 53) + 1);
        numbers.add(1e10f);
        numbers.add(-2.5f);
        numbers.add(Float.NaN);
        numbers.add(Float.NEGATIVE_INFINITY);
        numbers.add(1e19);
        numbers.add(-1e19);
        numbers.add(255.99);
        numbers.add(-0.0);
        numbers.add(Double.NaN);
        numbers.add(Double.MIN_VALUE);
        // A BigInteger whose doubleValue needs rounding is BigIntegerArithmetic's known difference.
        numbers.add(BigInteger.ONE.shiftLeft(70).negate().subtract(BigInteger.valueOf(0x5A5A5A5AL << 20)));
        numbers.add(new BigDecimal("-98765.4321"));
        numbers.add(new BigDecimal("1e400"));
        for (Number n : numbers) {
            System.out.println(n.getClass().getSimpleName() + " " + n + " byte " + n.byteValue() + " short " + n.shortValue()
                    + " int " + n.intValue() + " long " + n.longValue() + " float " + n.floatValue() + " double " + n.doubleValue());
        }
        // equals never crosses types; compareTo is within one type.
        Object[] boxes = {1, 1L, (short) 1, (byte) 1, 1.0, 1.0f, '\u0001', true};
        StringBuilder matrix = new StringBuilder();
        for (Object a : boxes) {
            for (Object b : boxes) {
                matrix.append(a.equals(b) ? '1' : '0');
            }
            matrix.append(' ');
        }
        System.out.println("equals " + matrix);
        Long boxedLong = 127L;
        Integer boxedInt = 127;
        System.out.println("mixed " + boxedLong.equals(127) + " " + boxedLong.equals(127L) + " " + (boxedLong == 127)
                + " " + boxedInt.equals((int) (short) 127) + " " + Double.valueOf(0.1f).equals(0.1) + " " + Float.valueOf(0.1f).equals(0.1f)
                + " " + (boxedInt.longValue() == boxedLong));
        // The static helpers.
        System.out.println("sum " + Integer.sum(Integer.MAX_VALUE, 1) + " " + Long.sum(Long.MAX_VALUE, 1) + " " + Float.sum(1e38f, 1e38f)
                + " " + Double.sum(0.1, 0.2) + " max " + Integer.max(-1, -2) + " " + Long.min(-1, Long.MIN_VALUE) + " "
                + Float.min(-0.0f, 0.0f) + " " + Double.max(Double.NaN, 1));
        // Only the sign of compare is specified (the JDK returns x - y for the narrow types).
        System.out.println("compare " + Integer.signum(Byte.compare((byte) -128, (byte) 127)) + " "
                + Integer.signum(Short.compare((short) -32768, (short) 32767)) + " " + Integer.signum(Character.compare('a', 'z'))
                + " " + Integer.signum(Boolean.compare(true, false)) + " " + Long.compare(1, 2) + " unsigned "
                + Integer.signum(Byte.compareUnsigned((byte) -1, (byte) 1)) + " " + Integer.signum(Short.compareUnsigned((short) -1, (short) 1))
                + " " + Integer.compareUnsigned(-1, 1) + " " + Long.compareUnsigned(1, -1));
        System.out.println("hashCode " + Byte.hashCode((byte) -1) + " " + Short.hashCode((short) -1) + " " + Character.hashCode('A')
                + " " + Long.hashCode(-1L) + " " + Long.hashCode(1L << 32) + " " + Float.hashCode(-0.0f) + " "
                + Double.hashCode(1.5) + " " + Boolean.hashCode(false) + " " + Integer.valueOf(-7).hashCode());
        System.out.println("unsigned " + Byte.toUnsignedInt((byte) -2) + " " + Byte.toUnsignedLong((byte) -2) + " "
                + Short.toUnsignedInt((short) -2) + " " + Integer.toUnsignedLong(-2) + " " + Integer.toUnsignedString(-2)
                + " " + Long.toUnsignedString(-2L));
        // valueOf(String) and decode round trips of each type's extremes.
        System.out.println("round trips " + Byte.valueOf(Byte.toString(Byte.MIN_VALUE)) + " " + Short.decode("-0x8000") + " "
                + Integer.decode("-2147483648") + " " + Long.decode("#7fffffffffffffff") + " " + Float.valueOf(Float.toString(Float.MIN_VALUE))
                + " " + Double.valueOf(Double.toString(Double.MAX_VALUE)) + " " + Boolean.valueOf("TRUE") + " " + Boolean.valueOf("yes"));
        // Unboxing in arithmetic and comparisons: a null unboxes to NullPointerException.
        Integer nothing = null;
        try {
            int n = nothing + 1;
            System.out.println("unboxed " + n);
        } catch (NullPointerException e) {
            System.out.println("unboxing null " + e.getClass().getName());
        }
        Character c = 'x';
        Short s = 10;
        Byte b = 3;
        System.out.println("promotion " + (c + s + b) + " " + (char) (c + 1) + " " + (s * b) + " " + (c > s) + " " + (s / b) + " " + (b % s));
        // Seeded: long -> double -> long and int -> float -> int round trips count the values that survive.
        long state = 99;
        int survivedDouble = 0;
        int survivedFloat = 0;
        for (int n = 0; n < 10000; n++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            long l = state >> (n % 64);
            int i = (int) (state >>> 40) >> (n % 32);
            survivedDouble += Long.valueOf(l).doubleValue() == l && (long) (double) l == l ? 1 : 0;
            survivedFloat += (int) Integer.valueOf(i).floatValue() == i ? 1 : 0;
        }
        System.out.println("survivors " + survivedDouble + " " + survivedFloat);
    }
}
