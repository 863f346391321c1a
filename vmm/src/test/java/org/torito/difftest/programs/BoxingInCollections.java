package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Boxing where collections hide it: List.remove(int) vs remove(Object), Long keys looked up with int, the cache boundaries through collection round trips, ++ on boxed map values, equals across box types, and NullPointerException from unboxing a missing value. */
public class BoxingInCollections {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>(List.of(10, 20, 30, 1, 2, 3));
        list.remove(1);
        System.out.println("remove(int 1) " + list);
        list.remove(Integer.valueOf(1));
        System.out.println("remove(Integer 1) " + list);
        list.remove((Object) 30);
        System.out.println("remove((Object) 30) " + list + " indexOf(3) " + list.indexOf(3) + " contains 3L " + list.contains(3L));

        Map<Long, String> byLong = new HashMap<>();
        byLong.put(5L, "five");
        int five = 5;
        System.out.println("get(int) " + byLong.get(five) + " get(long) " + byLong.get((long) five) + " containsKey(5) " + byLong.containsKey(5));
        Set<Short> shorts = new HashSet<>();
        for (short s = 0; s < 5; s++) {
            shorts.add(s);
            shorts.remove(s - 1);
        }
        System.out.println("set of shorts after remove(s - 1): size " + shorts.size());

        int[] probes = {-129, -128, 0, 127, 128, 1000};
        for (int p : probes) {
            List<Integer> two = new ArrayList<>();
            two.add(p);
            two.add(p);
            Integer x = two.get(0);
            Integer y = two.get(1);
            System.out.println(p + ": same box " + (x == y) + " equals " + x.equals(y) + " == after unbox " + (x.intValue() == y));
        }
        Character c1 = 127;
        Character c2 = 127;
        Character c3 = 128;
        Character c4 = 128;
        Byte b1 = (byte) -1;
        Byte b2 = (byte) -1;
        Boolean t1 = true;
        Boolean t2 = Boolean.valueOf("TRUE");
        Short s1 = -128;
        Short s2 = -128;
        System.out.println("Character 127 " + (c1 == c2) + " 128 equals " + c3.equals(c4) + " Byte " + (b1 == b2) + " Boolean " + (t1 == t2)
                + " Short -128 " + (s1 == s2));

        Map<String, Integer> counts = new TreeMap<>();
        String[] words = "a b a c b a".split(" ");
        for (String w : words) {
            Integer old = counts.get(w);
            counts.put(w, old == null ? 1 : old + 1);
        }
        Map<String, Integer> viaMerge = new TreeMap<>();
        for (String w : words) {
            viaMerge.merge(w, 1, Integer::sum);
        }
        Integer boxed = counts.get("a");
        Integer before = boxed;
        boxed++;
        System.out.println("counts " + counts + " merge " + viaMerge + " equal " + counts.equals(viaMerge) + " boxed++ " + boxed
                + " before " + before + " map unchanged " + counts.get("a"));

        Object i = 1;
        Object l = 1L;
        Object d = 1.0;
        Object s = (short) 1;
        System.out.println("Integer.equals(Long) " + i.equals(l) + " Long.equals(Integer) " + l.equals(i) + " Double.equals(Integer) " + d.equals(i)
                + " Short.equals(Integer) " + s.equals(i) + " list equality " + List.of(1, 2).equals(List.of(1L, 2L)));
        System.out.println("Double NaN box equals " + Double.valueOf(Double.NaN).equals(Double.NaN) + " -0.0 " + Double.valueOf(-0.0).equals(0.0)
                + " list contains NaN " + List.of(Double.NaN).contains(Double.NaN) + " indexOf -0.0 " + List.of(0.0, -0.0).indexOf(-0.0));

        Map<String, Integer> sparse = new HashMap<>();
        try {
            int missing = sparse.get("nope");
            System.out.println("unboxed " + missing);
        } catch (NullPointerException e) {
            System.out.println("unboxing missing value: NullPointerException");
        }
        try {
            List<Integer> withNull = new ArrayList<>();
            withNull.add(null);
            int sum = 0;
            for (int v : withNull) {
                sum += v;
            }
            System.out.println("sum " + sum);
        } catch (NullPointerException e) {
            System.out.println("for (int v : list with null): NullPointerException");
        }
        Integer big1 = 1000;
        int primitive = 1000;
        Long asLong = 1000L;
        System.out.println("Integer == int " + (big1 == primitive) + " Long == int " + (asLong == primitive) + " Long.equals(1000) " + asLong.equals(1000)
                + " compare " + big1.compareTo(999) + " hash " + (big1.hashCode() == Integer.hashCode(1000)));
        List<Long> longs = new ArrayList<>();
        for (long v = 126; v <= 129; v++) {
            longs.add(v);
        }
        System.out.println("Long cache via valueOf " + (longs.get(1) == Long.valueOf(127)) + " indexOf(128L) " + longs.indexOf(128L) + " indexOf(128) " + longs.indexOf(128));
    }
}
