package org.torito.difftest.programs;

import java.util.Arrays;
import java.util.BitSet;

/** BitSet: set/clear/flip with ranges across word boundaries, get(range), next/previous set and clear bits, cardinality, length/size, toString, logic ops, valueOf/toLongArray, errors. */
public class BitSetOps {
    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + " ok");
        } catch (IndexOutOfBoundsException e) {
            // HotSpot's messages name the bad index ("bitIndex < 0: -1", "fromIndex: 5 > toIndex: 3").
            System.out.println(label + " " + e.getClass().getName() + ": " + e.getMessage());
        } catch (NegativeArraySizeException e) {
            System.out.println(label + " " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static String walk(BitSet b) {
        StringBuilder sb = new StringBuilder();
        for (int i = b.nextSetBit(0); i >= 0; i = b.nextSetBit(i + 1)) {
            sb.append(i).append(',');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        BitSet b = new BitSet();
        System.out.println("empty " + b + " length " + b.length() + " cardinality " + b.cardinality() + " isEmpty " + b.isEmpty()
                + " nextSetBit " + b.nextSetBit(0) + " nextClearBit " + b.nextClearBit(0) + " previousSetBit " + b.previousSetBit(100));
        b.set(3);
        b.set(63);
        b.set(64);
        b.set(130, true);
        b.set(200, false);
        System.out.println("set " + b + " length " + b.length() + " cardinality " + b.cardinality() + " get(64) " + b.get(64) + " get(65) " + b.get(65)
                + " get(1000) " + b.get(1000));
        b.set(60, 70);
        System.out.println("set(60,70) " + b + " cardinality " + b.cardinality());
        b.clear(62, 66);
        System.out.println("clear(62,66) " + b);
        b.flip(0, 5);
        System.out.println("flip(0,5) " + b);
        b.flip(130);
        b.flip(129);
        System.out.println("flip 130,129 " + b + " length " + b.length());
        b.set(100, 110, true);
        b.set(105, 108, false);
        System.out.println("ranges " + b + " walk " + walk(b));
        System.out.println("nextSetBit(70) " + b.nextSetBit(70) + " nextClearBit(100) " + b.nextClearBit(100) + " previousSetBit(99) "
                + b.previousSetBit(99) + " previousClearBit(104) " + b.previousClearBit(104) + " previousSetBit(-1) " + b.previousSetBit(-1)
                + " nextSetBit(130) " + b.nextSetBit(130));
        BitSet range = b.get(60, 110);
        System.out.println("get(60,110) " + range + " length " + range.length() + " get(0,0) " + b.get(0, 0));

        BitSet x = new BitSet();
        BitSet y = new BitSet();
        for (int i = 0; i < 150; i++) {
            if (i % 3 == 0) {
                x.set(i);
            }
            if (i % 5 == 0) {
                y.set(i);
            }
        }
        BitSet and = (BitSet) x.clone();
        and.and(y);
        BitSet or = (BitSet) x.clone();
        or.or(y);
        BitSet xor = (BitSet) x.clone();
        xor.xor(y);
        BitSet andNot = (BitSet) x.clone();
        andNot.andNot(y);
        System.out.println("and " + and + " card " + and.cardinality());
        System.out.println("or card " + or.cardinality() + " length " + or.length() + " xor card " + xor.cardinality() + " andNot card "
                + andNot.cardinality() + " intersects " + x.intersects(y) + " " + andNot.intersects(y));
        System.out.println("equals " + and.equals(BitSet.valueOf(and.toLongArray())) + " " + x.equals(y) + " hash " + and.hashCode() + " "
                + new BitSet().hashCode());
        System.out.println("toLongArray " + Arrays.toString(and.toLongArray()) + " toByteArray " + Arrays.toString(BitSet.valueOf(new long[] {0x1234L}).toByteArray()));
        BitSet fromBytes = BitSet.valueOf(new byte[] {(byte) 0x81, 0, (byte) 0xFF});
        System.out.println("valueOf bytes " + fromBytes + " stream sum " + fromBytes.stream().sum() + " length " + fromBytes.length());
        BitSet shrink = new BitSet(1000);
        shrink.set(999);
        shrink.clear(999);
        System.out.println("after clear length " + shrink.length() + " isEmpty " + shrink.isEmpty() + " equals empty " + shrink.equals(new BitSet()));
        xor.clear();
        System.out.println("cleared " + xor + " " + xor.cardinality());

        attempt("set(-1)", () -> b.set(-1));
        attempt("get(-5)", () -> b.get(-5));
        attempt("set(5,3)", () -> b.set(5, 3));
        attempt("clear(-1,3)", () -> b.clear(-1, 3));
        attempt("flip(2,1)", () -> b.flip(2, 1));
        attempt("nextSetBit(-1)", () -> b.nextSetBit(-1));
        attempt("previousSetBit(-2)", () -> b.previousSetBit(-2));
        attempt("new BitSet(-1)", () -> new BitSet(-1));

        BitSet sieve = new BitSet(2000);
        sieve.set(2, 2000);
        for (int p = 2; p * p < 2000; p = sieve.nextSetBit(p + 1)) {
            for (int m = p * p; m < 2000; m += p) {
                sieve.clear(m);
            }
        }
        System.out.println("primes < 2000: " + sieve.cardinality() + " last " + sieve.previousSetBit(1999) + " below 30 " + sieve.get(0, 30)
                + " hash " + sieve.hashCode());
    }
}
