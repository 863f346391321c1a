package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/** Float/Double.compare and equals against == for NaN and -0.0, and what that makes of them in lists, sets, maps, sorting and min/max. */
public class NaNAndSignedZeroInCollections {
    public static void main(String[] args) {
        double[] values = {Double.NaN, -0.0, 0.0, 1.0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.longBitsToDouble(0x7FF0000000000001L), Double.MIN_VALUE};
        for (double a : values) {
            StringBuilder line = new StringBuilder(a + ":");
            for (double b : values) {
                line.append(' ').append(Double.compare(a, b)).append(a == b ? "=" : a < b ? "<" : a > b ? ">" : "?")
                        .append(Double.valueOf(a).equals(b) ? "e" : "n");
            }
            System.out.println(line);
        }
        float[] floats = {Float.NaN, -0.0f, 0.0f, Float.intBitsToFloat(0x7FC00001), Float.NEGATIVE_INFINITY};
        for (float a : floats) {
            StringBuilder line = new StringBuilder(a + ":");
            for (float b : floats) {
                line.append(' ').append(Float.compare(a, b)).append(Float.valueOf(a).compareTo(b))
                        .append(Float.valueOf(a).equals(b) ? "e" : "n");
            }
            System.out.println(line);
        }
        // Different NaN payloads are one value to equals, compare and hashCode.
        double otherNaN = Double.longBitsToDouble(0xFFF8000000000123L);
        System.out.println("payload NaN equals " + Double.valueOf(Double.NaN).equals(otherNaN) + " compare "
                + Double.compare(Double.NaN, otherNaN) + " hash " + (Double.hashCode(Double.NaN) == Double.hashCode(otherNaN))
                + " bits " + Long.toHexString(Double.doubleToLongBits(otherNaN)));

        List<Double> list = new ArrayList<>(Arrays.asList(1.0, Double.NaN, -0.0, 0.0, Double.NaN, 2.0));
        System.out.println("list indexOf NaN " + list.indexOf(Double.NaN) + " lastIndexOf " + list.lastIndexOf(Double.NaN)
                + " indexOf 0.0 " + list.indexOf(0.0) + " indexOf -0.0 " + list.indexOf(-0.0) + " contains "
                + list.contains(otherNaN));
        list.remove(Double.valueOf(0.0));
        list.remove(Double.valueOf(Double.NaN));
        System.out.println("after removes " + list);
        list.sort(null);
        System.out.println("sorted " + list);
        List<Double> many = new ArrayList<>(Arrays.asList(3.0, Double.NaN, -0.0, Double.NEGATIVE_INFINITY, 0.0, -0.0,
                Double.NaN, -1e-300, 1e-300, Double.POSITIVE_INFINITY));
        java.util.Collections.sort(many);
        System.out.println("collections sort " + many + " max " + java.util.Collections.max(many) + " min "
                + java.util.Collections.min(many));

        HashSet<Double> hash = new HashSet<>(Arrays.asList(Double.NaN, otherNaN, 0.0, -0.0, 0.0));
        System.out.println("hash set size " + hash.size() + " NaN " + hash.contains(Double.NaN) + " -0.0 "
                + hash.contains(-0.0) + " 0.0 " + hash.contains(0.0) + " sorted " + new TreeSet<>(hash));
        TreeSet<Double> tree = new TreeSet<>(Arrays.asList(Double.NaN, -0.0, 0.0, Double.POSITIVE_INFINITY, -1.0));
        System.out.println("tree set " + tree + " first " + tree.first() + " last " + tree.last() + " floor(0.0) "
                + tree.floor(0.0) + " lower(0.0) " + tree.lower(0.0) + " higher(inf) " + tree.higher(Double.POSITIVE_INFINITY));
        HashMap<Double, String> map = new HashMap<>();
        map.put(Double.NaN, "nan");
        map.put(otherNaN, "other nan");
        map.put(0.0, "zero");
        map.put(-0.0, "minus zero");
        System.out.println("hash map " + new TreeMap<>(map) + " get(NaN) " + map.get(0.0 / 0.0) + " get(0.0) " + map.get(0.0));
        HashSet<Float> floatSet = new HashSet<>(Arrays.asList(Float.NaN, Float.intBitsToFloat(0x7FC00001), -0.0f, 0.0f));
        System.out.println("float set size " + floatSet.size() + " " + new TreeSet<>(floatSet));

        // Math.min/max and Double.min/max order -0.0 below 0.0 and let NaN win; Collections.max uses compareTo.
        System.out.println("min " + Math.min(0.0, -0.0) + " " + Math.min(-0.0, 0.0) + " " + Double.min(0.0, -0.0)
                + " max " + Math.max(-0.0, 0.0) + " " + Float.max(-0.0f, 0.0f) + " nan " + Math.max(Double.NaN, 1.0)
                + " " + Math.min(1.0f, Float.NaN) + " sum " + Double.sum(-0.0, -0.0) + " " + Double.sum(-0.0, 0.0));
        double[] arr = {0.0, -0.0, Double.NaN, -0.0, 0.0, Double.NaN, -5};
        Arrays.sort(arr);
        System.out.println("array sort " + Arrays.toString(arr) + " search 0.0 " + Arrays.binarySearch(arr, 0.0)
                + " search NaN " + Arrays.binarySearch(arr, Double.NaN) + " search -0.0 " + Arrays.binarySearch(arr, -0.0)
                + " equals " + Arrays.equals(new double[] {Double.NaN}, new double[] {otherNaN})
                + " " + Arrays.equals(new double[] {0.0}, new double[] {-0.0}));
        // == on boxed values is identity; equals and compareTo are the ordering above.
        Double boxedZero = 0.0;
        Double boxedMinusZero = -0.0;
        System.out.println("boxed " + boxedZero.equals(boxedMinusZero) + " " + boxedZero.compareTo(boxedMinusZero)
                + " " + (boxedZero.doubleValue() == boxedMinusZero) + " " + Double.valueOf(Double.NaN).compareTo(Double.POSITIVE_INFINITY));
    }
}
