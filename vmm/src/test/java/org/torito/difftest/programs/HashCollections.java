package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * HashMap/HashSet semantics, and LinkedHashMap ordering. Hash-ordered collections are printed
 * sorted or through order-independent aggregates here: HashIterationOrder prints the order itself.
 */
public class HashCollections {
    record Key(String s, int n) {
    }

    static final class BadHash {
        final int id;

        BadHash(int id) {
            this.id = id;
        }

        @Override
        public int hashCode() {
            return 42; // every key collides
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BadHash b && b.id == id;
        }
    }

    public static void main(String[] args) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < 5000; i++) {
            map.merge("k" + (i % 1237), i, Integer::sum);
        }
        map.remove("k5");
        map.put(null, -1);
        map.putIfAbsent("k6", 0);
        map.computeIfAbsent("new", k -> k.length());
        map.computeIfPresent("k7", (k, v) -> null);
        map.compute("k8", (k, v) -> v == null ? 0 : v * 2);
        long keySum = 0;
        long valueSum = 0;
        for (Map.Entry<String, Integer> e : map.entrySet()) {
            keySum += e.getKey() == null ? 0 : e.getKey().hashCode();
            valueSum += e.getValue();
        }
        System.out.println("hashmap size=" + map.size() + " get=" + map.get("k100") + " null=" + map.get(null) + " missing="
                + map.getOrDefault("zzz", -9) + " has=" + map.containsKey("k5") + map.containsValue(-1)
                + " keySum=" + keySum + " valueSum=" + valueSum + " hash=" + map.hashCode());
        map.remove(null);
        System.out.println("sorted first " + new TreeMap<>(map).entrySet().stream().limit(8).toList());
        Map<String, Integer> copy = new HashMap<>(map);
        System.out.println("equals " + copy.equals(map) + " " + map.equals(new TreeMap<>(map)) + " " + (copy.hashCode() == map.hashCode()));

        Map<Key, String> records = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            records.put(new Key("r" + (i % 10), i % 7), "v" + i);
        }
        System.out.println("record keys " + records.size() + " " + records.get(new Key("r3", 3)));
        Map<BadHash, Integer> collide = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            collide.put(new BadHash(i), i);
        }
        for (int i = 0; i < 200; i += 3) {
            collide.remove(new BadHash(i));
        }
        int s = 0;
        for (int v : collide.values()) {
            s += v;
        }
        System.out.println("colliding keys " + collide.size() + " " + collide.get(new BadHash(101)) + " " + s);

        Set<Integer> set = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            set.add(i * i % 997);
        }
        List<Integer> sorted = new ArrayList<>(set);
        sorted.sort(null);
        System.out.println("hashset " + set.size() + " " + sorted.subList(0, 10) + " " + set.contains(4) + " " + set.hashCode());
        Set<String> strings = new HashSet<>(List.of("b", "a", "c"));
        strings.retainAll(Set.of("a", "c", "z"));
        System.out.println("retain " + new java.util.TreeSet<>(strings) + " " + strings.equals(Set.of("c", "a")));

        LinkedHashMap<String, Integer> insertion = new LinkedHashMap<>();
        for (String k : new String[] {"zeta", "alpha", "mid", "beta", "alpha"}) {
            insertion.merge(k, 1, Integer::sum);
        }
        insertion.remove("mid");
        insertion.put("mid", 9);
        System.out.println("linked " + insertion + " " + insertion.keySet() + " " + insertion.values());
        Map<Integer, Integer> lru = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Integer> eldest) {
                return size() > 4;
            }
        };
        for (int i = 0; i < 10; i++) {
            lru.put(i % 6, i);
            lru.get((i * 5) % 6);
        }
        System.out.println("lru " + lru);
        Set<String> linkedSet = new LinkedHashSet<>(List.of("q", "w", "e", "r"));
        linkedSet.add("q");
        linkedSet.remove("w");
        linkedSet.add("w");
        System.out.println("linked set " + linkedSet);
        System.out.println("hashes " + "hello".hashCode() + " " + Integer.valueOf(-5).hashCode() + " " + Long.valueOf(1L << 35).hashCode()
                + " " + Boolean.TRUE.hashCode() + Boolean.FALSE.hashCode() + " " + Character.valueOf('x').hashCode()
                + " " + List.of("a", "b").hashCode() + " " + Map.of("a", 1).hashCode() + " " + Map.entry("k", "v").hashCode()
                + " " + Set.of(1, 2, 3).hashCode() + " " + Double.valueOf(1.5).hashCode() + " " + new Key("x", 1).equals(new Key("x", 1)));
    }
}
