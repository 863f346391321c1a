package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** HashMap's specified semantics: compute*, merge, getOrDefault, putIfAbsent, replace*, null keys and values, Entry.setValue; printed sorted. */
public class HashMapCompute {
    static String show(Map<String, Integer> m) {
        // HashMap order is unspecified; a null key sorts first.
        TreeMap<String, Integer> sorted = new TreeMap<>(java.util.Comparator.nullsFirst(java.util.Comparator.<String>naturalOrder()));
        sorted.putAll(m);
        return sorted.toString() + " size=" + m.size();
    }

    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        System.out.println("put new " + m.put("a", 1) + " put again " + m.put("a", 2) + " put null value " + m.put("n", null));
        System.out.println("get n " + m.get("n") + " containsKey n " + m.containsKey("n") + " getOrDefault n " + m.getOrDefault("n", 7)
                + " getOrDefault missing " + m.getOrDefault("zz", 7));
        System.out.println("putIfAbsent on null value " + m.putIfAbsent("n", 5) + " -> " + m.get("n") + "; on present "
                + m.putIfAbsent("a", 9) + " -> " + m.get("a"));
        System.out.println("null key put " + m.put(null, 0) + " " + m.put(null, 10) + " get " + m.get(null) + " " + show(m));

        System.out.println("computeIfAbsent new " + m.computeIfAbsent("b", k -> k.length() * 3));
        System.out.println("computeIfAbsent present " + m.computeIfAbsent("b", k -> 100));
        System.out.println("computeIfAbsent to null " + m.computeIfAbsent("c", k -> null) + " containsKey c " + m.containsKey("c"));
        m.put("nv", null);
        System.out.println("computeIfAbsent on null value " + m.computeIfAbsent("nv", k -> 44));
        System.out.println("computeIfPresent " + m.computeIfPresent("b", (k, v) -> v + 1) + " missing "
                + m.computeIfPresent("zz", (k, v) -> 1) + " to null " + m.computeIfPresent("a", (k, v) -> null)
                + " containsKey a " + m.containsKey("a"));
        System.out.println("compute absent " + m.compute("d", (k, v) -> v == null ? -1 : v * 2) + " present "
                + m.compute("d", (k, v) -> v == null ? -1 : v * 2) + " remove by null " + m.compute("d", (k, v) -> null)
                + " " + m.containsKey("d") + " compute null key " + m.compute(null, (k, v) -> v + 1));
        System.out.println("after compute " + show(m));

        System.out.println("merge absent " + m.merge("e", 5, Integer::sum) + " present " + m.merge("e", 5, Integer::sum)
                + " to null " + m.merge("e", 5, (a, b) -> null) + " " + m.containsKey("e"));
        m.put("f", null);
        System.out.println("merge onto null value " + m.merge("f", 8, (a, b) -> {
            throw new AssertionError("not called for a null value");
        }));
        try {
            m.merge("g", null, Integer::sum);
        } catch (NullPointerException e) {
            System.out.println("merge null value " + e.getClass().getName());
        }
        System.out.println("after merge " + show(m));

        System.out.println("replace present " + m.replace("b", 50) + " absent " + m.replace("zz", 1) + " containsKey zz "
                + m.containsKey("zz") + " replace(k,old,new) " + m.replace("b", 50, 51) + " " + m.replace("b", 50, 52)
                + " -> " + m.get("b"));
        System.out.println("remove(k,v) " + m.remove("b", 50) + " " + m.remove("b", 51) + " " + m.containsKey("b"));
        m.replaceAll((k, v) -> v == null ? -100 : v * 10);
        System.out.println("replaceAll " + show(m));
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            if (e.getKey() != null && e.getKey().startsWith("n")) {
                e.setValue(e.getValue() + 1);
            }
        }
        System.out.println("setValue " + show(m));
        m.entrySet().removeIf(e -> e.getValue() < 0);
        m.keySet().remove(null);
        System.out.println("view removals " + show(m) + " values sum "
                + m.values().stream().mapToInt(Integer::intValue).sum());

        try {
            m.computeIfAbsent("x", k -> {
                throw new IllegalStateException("mapper failed");
            });
        } catch (IllegalStateException e) {
            System.out.println("mapper exception " + e.getMessage() + " containsKey x " + m.containsKey("x"));
        }

        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < 60; i++) {
            groups.computeIfAbsent(i % 7, k -> new ArrayList<>()).add(i);
        }
        System.out.println("groups " + new TreeMap<>(groups));
        Map<Character, Integer> counts = new HashMap<>();
        for (char c : "mississippi river delta".toCharArray()) {
            counts.merge(c, 1, Integer::sum);
        }
        System.out.println("counts " + new TreeMap<>(counts));
        Map<String, Integer> big = new HashMap<>();
        for (int i = 0; i < 5000; i++) {
            String k = "k" + (i * 31 % 997);
            big.compute(k, (kk, v) -> v == null ? 1 : v + 1);
        }
        int total = 0;
        int max = 0;
        for (int v : big.values()) {
            total += v;
            max = Math.max(max, v);
        }
        System.out.println("big " + big.size() + " total " + total + " max " + max + " k5 " + big.get("k5") + " hashCode "
                + big.hashCode());
        Map<String, Integer> equal = new HashMap<>(big);
        equal.put("k5", equal.get("k5"));
        System.out.println("copy equals " + equal.equals(big) + " hashes equal " + (equal.hashCode() == big.hashCode()));
    }
}
