package org.torito.difftest.programs;

import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** equals/hashCode contracts across List, Set and Map implementations: specified hash values, order sensitivity, views and wrappers. */
public class CollectionEquality {
    public static void main(String[] args) {
        List<List<Integer>> lists = List.of(new ArrayList<>(List.of(1, 2, 3)), new LinkedList<>(List.of(1, 2, 3)), List.of(1, 2, 3),
                Arrays.asList(1, 2, 3), java.util.Collections.unmodifiableList(new ArrayList<>(List.of(1, 2, 3))),
                new ArrayList<>(List.of(0, 1, 2, 3, 4)).subList(1, 4));
        for (List<Integer> a : lists) {
            StringBuilder sb = new StringBuilder();
            for (List<Integer> b : lists) {
                sb.append(a.equals(b) ? 'T' : 'F');
            }
            System.out.println("list " + sb + " hash " + a.hashCode());
        }
        // List.hashCode is specified: 31 * h + element hash, starting at 1; null counts as 0.
        List<Object> withNull = Arrays.asList("a", null, 7, List.of(), 2.5, 'c', true, 10L);
        int manual = 1;
        for (Object o : withNull) {
            manual = 31 * manual + (o == null ? 0 : o.hashCode());
        }
        System.out.println("null-bearing " + withNull.hashCode() + " manual " + manual + " ArrayList " + new ArrayList<>(withNull).hashCode()
                + " LinkedList " + new LinkedList<>(withNull).hashCode());
        System.out.println("order matters " + List.of(1, 2).equals(List.of(2, 1)) + " " + List.of(1, 2).hashCode() + " " + List.of(2, 1).hashCode()
                + " empty " + new ArrayList<>().hashCode() + " " + List.of().equals(new LinkedList<>()));
        System.out.println("list vs set " + List.of(1).equals(Set.of(1)) + " deque vs list " + new ArrayDeque<>(List.of(1)).equals(List.of(1)));

        List<Set<String>> sets = List.of(new HashSet<>(List.of("x", "y", "zz")), new TreeSet<>(List.of("zz", "y", "x")),
                new LinkedHashSet<>(List.of("y", "zz", "x")), Set.of("x", "zz", "y"), new TreeSet<>(Comparator.reverseOrder()));
        sets.get(4).addAll(List.of("x", "y", "zz"));
        for (Set<String> a : sets) {
            StringBuilder sb = new StringBuilder();
            for (Set<String> b : sets) {
                sb.append(a.equals(b) ? 'T' : 'F');
            }
            System.out.println("set " + sb + " hash " + a.hashCode());
        }
        // Set.hashCode is the sum of element hashes.
        System.out.println("set hash sum " + ("x".hashCode() + "y".hashCode() + "zz".hashCode()) + " with null "
                + new HashSet<>(Arrays.asList("x", null)).hashCode());
        TreeSet<String> ci = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        ci.addAll(List.of("A", "b"));
        Set<String> plain = new HashSet<>(List.of("a", "B"));
        System.out.println("comparator-equal set " + ci.equals(plain) + " " + plain.equals(ci) + " " + ci.contains("B") + " " + ci);

        List<Map<String, Integer>> maps = new ArrayList<>();
        maps.add(new HashMap<>());
        maps.add(new TreeMap<>());
        maps.add(new LinkedHashMap<>());
        for (Map<String, Integer> m : maps) {
            m.put("b", 2);
            m.put("a", 1);
            m.put("c", 3);
        }
        maps.add(Map.of("a", 1, "b", 2, "c", 3));
        maps.add(java.util.Collections.unmodifiableMap(new TreeMap<>(Map.of("c", 3, "a", 1, "b", 2))));
        for (Map<String, Integer> a : maps) {
            StringBuilder sb = new StringBuilder();
            for (Map<String, Integer> b : maps) {
                sb.append(a.equals(b) ? 'T' : 'F');
            }
            System.out.println("map " + sb + " hash " + a.hashCode() + " keySet hash " + a.keySet().hashCode() + " entrySet equal "
                    + a.entrySet().equals(maps.get(0).entrySet()));
        }
        // Map.Entry.hashCode is key hash XOR value hash; Map.hashCode is the sum over entries.
        int entrySum = 0;
        for (Map.Entry<String, Integer> e : maps.get(1).entrySet()) {
            entrySum += e.getKey().hashCode() ^ e.getValue().hashCode();
            System.out.print(e + "#" + e.hashCode() + " ");
        }
        System.out.println("sum " + entrySum);
        Map.Entry<String, Integer> simple = new AbstractMap.SimpleEntry<>("a", 1);
        Map.Entry<String, Integer> immutable = new AbstractMap.SimpleImmutableEntry<>("a", 1);
        System.out.println("entries " + simple.equals(immutable) + " " + simple.equals(Map.entry("a", 1)) + " " + simple.hashCode() + " "
                + new AbstractMap.SimpleEntry<String, Integer>(null, null).hashCode() + " " + simple);
        Map<String, Integer> nullValue = new HashMap<>();
        nullValue.put("a", null);
        Map<String, Integer> other = new HashMap<>();
        other.put("b", null);
        System.out.println("null values " + nullValue.equals(other) + " " + nullValue.hashCode() + " " + nullValue.equals(Map.of("a", 0)));
        System.out.println("values() not equal " + maps.get(0).values().equals(maps.get(1).values()) + " map vs entrySet "
                + maps.get(1).equals(maps.get(1).entrySet()));
        List<Object> nested = new ArrayList<>();
        nested.add(List.of(1, 2));
        nested.add(Set.of(3));
        nested.add(Map.of("k", List.of(4)));
        List<Object> nested2 = new LinkedList<>(List.of(Arrays.asList(1, 2), new TreeSet<>(Set.of(3)), new TreeMap<>(Map.of("k", new ArrayList<>(List.of(4))))));
        System.out.println("nested " + nested.equals(nested2) + " " + nested.hashCode() + " " + nested2.hashCode());
        int[] a1 = {1, 2};
        int[] a2 = {1, 2};
        System.out.println("arrays in lists " + List.of(a1).equals(List.of(a2)) + " " + Arrays.equals(a1, a2) + " " + Arrays.hashCode(a1)
                + " " + Arrays.deepHashCode(new Object[] {a1, "x"}) + " " + Arrays.asList(1, 2).hashCode());
    }
}
