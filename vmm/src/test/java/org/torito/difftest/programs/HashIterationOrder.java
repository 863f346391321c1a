package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The order HashMap and HashSet iterate in, printed as it comes: unspecified by Java, but the
 * JDK's is what programs print, so an image must match it: hash spreading in small tables,
 * colliding keys in insertion order, growth, the capacity of copies and of putAll, removal.
 */
public class HashIterationOrder {
    /** A key whose hash the program chooses, to make buckets collide. */
    static final class Fixed {
        final String name;
        final int hash;

        Fixed(String name, int hash) {
            this.name = name;
            this.hash = hash;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Fixed f && f.name.equals(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static void main(String[] args) {
        System.out.println("names " + new HashSet<>(List.of("Bob", "John", "Serena", "Mary")));
        Set<String> words = new HashSet<>();
        for (String w : "the quick brown fox jumps over the lazy dog again and again".split(" ")) {
            words.add(w);
        }
        System.out.println("words " + words);
        // Strings that differ only in high hash bits land in one bucket without spreading.
        Map<Integer, String> high = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            high.put(i << 16, "h" + i);
            high.put(i, "l" + i);
        }
        System.out.println("high bits " + high);
        Map<Fixed, Integer> colliding = new HashMap<>();
        for (String n : List.of("d", "a", "c", "b", "e")) {
            colliding.put(new Fixed(n, 7), colliding.size());
        }
        colliding.put(new Fixed("z", 3), 9);
        System.out.println("colliding " + colliding);
        colliding.remove(new Fixed("c", 7));
        colliding.put(new Fixed("c", 7), 10);
        System.out.println("reinserted " + colliding);
        // Growth from 16 to 128 buckets; the order must not depend on when the table grew.
        Map<Integer, Integer> grown = new HashMap<>();
        for (int i = 0; i < 90; i++) {
            int key = (i * 7919) % 1000 - 500;
            grown.put(key, i);
        }
        System.out.println("grown " + grown.keySet());
        Map<Fixed, Integer> growingChain = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            growingChain.put(new Fixed("k" + i, (i % 3) * 16 + (i % 2) * 64), i);
        }
        System.out.println("split chains " + growingChain.keySet());
        // Copies and bulk puts size their table as the JDK does.
        Map<String, Integer> source = new HashMap<>();
        for (int i = 0; i < 13; i++) {
            source.put("key" + (i * 37 % 101), i);
        }
        System.out.println("source " + source);
        System.out.println("copy " + new HashMap<>(source));
        Map<String, Integer> bulk = new HashMap<>();
        bulk.putAll(Map.of("alpha", 1, "beta", 2));
        System.out.println("small putAll " + bulk);
        bulk.putAll(source);
        System.out.println("then putAll " + bulk);
        Map<String, Integer> sized = new HashMap<>(4);
        sized.put("x", 1);
        sized.put("yy", 2);
        sized.put("zzz", 3);
        sized.put("w", 4);
        System.out.println("sized " + sized);
        List<Long> longs = new ArrayList<>();
        for (long v = -3; v < 40; v += 5) {
            longs.add(v * 1_000_000_007L);
        }
        System.out.println("longs " + new HashSet<>(longs));
        Set<Double> doubles = new HashSet<>(List.of(0.5, -1.25, 3.0, 1e10, -0.0, 0.0, 7.75));
        System.out.println("doubles " + doubles);
        Set<Character> chars = "hello, world".chars().mapToObj(c -> (char) c).collect(Collectors.toSet());
        System.out.println("chars " + chars);
        Map<Integer, List<Integer>> groups = IntStream.range(0, 40).boxed()
                .collect(Collectors.groupingBy(i -> (i * i) % 23));
        System.out.println("groups " + groups.keySet());
        // merge, compute and computeIfAbsent put a new entry at the head of its bucket.
        Map<String, Integer> counts = new HashMap<>();
        for (String w : "a b c a q r b a s t u v w x y z aa ab ba".split(" ")) {
            counts.merge(w, 1, Integer::sum);
        }
        System.out.println("merged " + counts);
        Map<Integer, Integer> computed = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            int key = (i * 13) % 40;
            computed.compute(key, (k, v) -> v == null ? 1 : v + 1);
            computed.computeIfAbsent(key + 16, k -> k * 2);
        }
        computed.compute(16, (k, v) -> null);
        System.out.println("computed " + computed);
        Map<List<Integer>, String> listKeys = new HashMap<>();
        for (int i = 0; i < 8; i++) {
            listKeys.put(List.of(i, i * i), "v" + i);
        }
        System.out.println("list keys " + listKeys);
        Map<String, Integer> withNull = new HashMap<>();
        withNull.put("b", 2);
        withNull.put(null, 0);
        withNull.put("a", 1);
        System.out.println("null key " + withNull);
        Iterator<Map.Entry<Integer, Integer>> it = grown.entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getValue() % 3 == 0) {
                it.remove();
            }
        }
        System.out.println("after iterator removal " + grown.keySet());
        @SuppressWarnings("unchecked")
        HashMap<String, Integer> clone = (HashMap<String, Integer>) ((HashMap<String, Integer>) source).clone();
        System.out.println("clone " + clone);
        Set<String> retained = new HashSet<>(words);
        retained.retainAll(Set.of("fox", "dog", "again", "cat"));
        System.out.println("retained " + retained);
    }
}
