package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** LinkedHashMap/LinkedHashSet: insertion order, access order (get/put/compute/merge), removeEldestEntry, views. */
public class LinkedHashOrdering {
    static final List<String> evicted = new ArrayList<>();

    static final class Lru<K, V> extends LinkedHashMap<K, V> {
        final int max;

        Lru(int max, boolean accessOrder) {
            super(8, 0.75f, accessOrder);
            this.max = max;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            boolean drop = size() > max;
            if (drop) {
                evicted.add(eldest.getKey() + "=" + eldest.getValue());
            }
            return drop;
        }
    }

    public static void main(String[] args) {
        LinkedHashMap<String, Integer> ins = new LinkedHashMap<>();
        for (String k : new String[] {"m", "c", "x", "a", "q"}) {
            ins.put(k, k.charAt(0) - 'a');
        }
        System.out.println("insertion " + ins);
        // Re-putting a present key keeps its place in insertion order.
        ins.put("c", 100);
        ins.get("m");
        System.out.println("re-put " + ins);
        ins.remove("x");
        ins.put("x", 7);
        System.out.println("remove+put " + ins + " keys " + ins.keySet() + " values " + ins.values());
        ins.putIfAbsent("a", -1);
        ins.putIfAbsent("z", 25);
        ins.replaceAll((k, v) -> v * 2);
        System.out.println("putIfAbsent/replaceAll " + ins);

        LinkedHashMap<String, Integer> acc = new LinkedHashMap<>(16, 0.75f, true);
        for (String k : new String[] {"a", "b", "c", "d", "e"}) {
            acc.put(k, 0);
        }
        acc.get("b");
        System.out.println("access get(b) " + acc);
        acc.put("a", 1);
        System.out.println("access put(a) " + acc);
        acc.getOrDefault("c", -1);
        System.out.println("access getOrDefault(c) " + acc);
        acc.get("nope");
        acc.containsKey("d");
        System.out.println("containsKey(d) no move " + acc);
        acc.compute("d", (k, v) -> v + 5);
        acc.merge("e", 3, Integer::sum);
        acc.computeIfPresent("b", (k, v) -> v + 9);
        System.out.println("compute/merge/computeIfPresent " + acc);
        acc.putIfAbsent("c", 99);
        System.out.println("putIfAbsent(c) present " + acc);
        acc.replace("a", 42);
        System.out.println("replace(a) " + acc);
        // Iterating views in access order does not count as access.
        StringBuilder walk = new StringBuilder();
        for (Map.Entry<String, Integer> e : acc.entrySet()) {
            walk.append(e.getKey()).append(':').append(e.getValue()).append(' ');
            e.setValue(e.getValue() + 1);
        }
        System.out.println("walk " + walk + "-> " + acc);

        Lru<Integer, String> lru = new Lru<>(3, true);
        for (int i = 0; i < 8; i++) {
            lru.put(i % 5, "v" + i);
            if (i % 2 == 0) {
                lru.get((i + 3) % 5);
            }
            System.out.println("lru step " + i + " " + lru);
        }
        System.out.println("evicted " + evicted);
        evicted.clear();
        Lru<String, Integer> fifo = new Lru<>(2, false);
        fifo.put("one", 1);
        fifo.put("two", 2);
        fifo.get("one");
        fifo.put("three", 3);
        fifo.put("two", 22);
        fifo.put("four", 4);
        System.out.println("fifo " + fifo + " evicted " + evicted);

        LinkedHashSet<String> set = new LinkedHashSet<>();
        for (String s : "the quick brown fox jumps over the lazy dog the end".split(" ")) {
            System.out.print(set.add(s) ? "+" : "=");
        }
        System.out.println(" " + set);
        set.remove("quick");
        set.add("quick");
        set.removeIf(s -> s.length() == 3 && !s.equals("the"));
        System.out.println("set " + set + " size " + set.size() + " contains(fox) " + set.contains("fox"));
        Iterator<String> it = set.iterator();
        it.next();
        it.next();
        it.remove();
        System.out.println("after iterator remove " + set);
        LinkedHashSet<Integer> copy = new LinkedHashSet<>(List.of(5, 3, 9, 1));
        copy.retainAll(List.of(9, 5, 7));
        copy.addAll(List.of(2, 5, 8));
        System.out.println("copy " + copy + " equals " + copy.equals(java.util.Set.of(2, 5, 8, 9)));
        LinkedHashMap<Integer, Integer> big = new LinkedHashMap<>();
        for (int i = 0; i < 2000; i++) {
            big.put((i * 7919) % 1000, i);
        }
        long order = 0;
        for (int k : big.keySet()) {
            order = order * 31 + k;
        }
        System.out.println("big " + big.size() + " order hash " + order + " first " + big.keySet().iterator().next());
        ins.clear();
        System.out.println("cleared " + ins + " " + ins.isEmpty());
    }
}
