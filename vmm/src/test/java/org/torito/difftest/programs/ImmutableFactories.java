package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** List.of/Set.of/Map.of/copyOf/Map.entry: contents, equality, immutability exceptions, null and duplicate rejection. */
public class ImmutableFactories {
    interface Action {
        Object run();
    }

    static void attempt(String label, Action a) {
        try {
            System.out.println(label + " -> " + a.run());
        } catch (IllegalArgumentException e) {
            System.out.println(label + " " + e.getClass().getName() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            System.out.println(label + " " + e.getClass().getName());
        }
    }

    public static void main(String[] args) {
        List<Integer> l0 = List.of();
        List<Integer> l2 = List.of(1, 2);
        List<Integer> l12 = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        System.out.println("lists " + l0 + " " + l2 + " " + l12 + " sizes " + l0.size() + " " + l12.size() + " get " + l12.get(11)
                + " indexOf " + l12.indexOf(7) + " contains " + l12.contains(13) + " sub " + l12.subList(3, 6));
        System.out.println("equals " + l2.equals(Arrays.asList(1, 2)) + " " + l2.equals(new ArrayList<>(l2)) + " hash "
                + l2.hashCode() + " " + l0.hashCode() + " " + l12.hashCode());
        attempt("List.of add", () -> l2.add(3));
        attempt("List.of set", () -> l2.set(0, 9));
        attempt("List.of remove", () -> l2.remove(0));
        attempt("List.of clear (empty)", () -> {
            l0.clear();
            return "cleared";
        });
        attempt("List.of sort", () -> {
            l12.sort(null);
            return "sorted";
        });
        attempt("List.of removeIf none", () -> l2.removeIf(x -> x > 100));
        attempt("List.of iterator remove", () -> {
            var it = l2.iterator();
            it.next();
            it.remove();
            return "removed";
        });
        attempt("subList add", () -> l12.subList(0, 2).add(1));
        attempt("List.of get(2)", () -> l2.get(2));
        attempt("List.of(null)", () -> List.of((Object) null));
        attempt("List.of(1,null)", () -> List.of(1, null));
        attempt("List.of contains(null)", () -> l2.contains(null));
        attempt("List.of indexOf(null)", () -> l2.indexOf(null));
        attempt("List.copyOf with null", () -> List.copyOf(Arrays.asList(1, null)));
        List<Integer> src = new ArrayList<>(List.of(3, 1, 2));
        List<Integer> copy = List.copyOf(src);
        src.add(4);
        System.out.println("copyOf snapshot " + copy + " src " + src);

        Set<String> s3 = Set.of("x", "y", "z");
        System.out.println("set " + new TreeSet<>(s3) + " size " + s3.size() + " contains " + s3.contains("y") + " equals "
                + s3.equals(new TreeSet<>(List.of("z", "y", "x"))) + " hash " + s3.hashCode());
        attempt("Set.of dup", () -> Set.of("a", "b", "a"));
        attempt("Set.of null", () -> Set.of("a", null));
        attempt("Set.of add", () -> s3.add("w"));
        attempt("Set.of remove absent", () -> s3.remove("q"));
        attempt("Set.of contains(null)", () -> s3.contains(null));
        attempt("Set.copyOf dups", () -> new TreeSet<>(Set.copyOf(List.of("b", "a", "b"))));

        Map<String, Integer> m = Map.of("one", 1, "two", 2, "three", 3);
        System.out.println("map " + new TreeMap<>(m) + " get " + m.get("two") + " getOrDefault " + m.getOrDefault("four", 4)
                + " containsValue " + m.containsValue(3) + " hash " + m.hashCode());
        attempt("Map.of dup key", () -> Map.of("k", 1, "k", 2));
        attempt("Map.of null key", () -> Map.of("k", 1, null, 2));
        attempt("Map.of null value", () -> Map.of("k", null));
        attempt("Map.of put", () -> m.put("four", 4));
        attempt("Map.of putIfAbsent present", () -> m.putIfAbsent("one", 1));
        attempt("Map.of computeIfAbsent", () -> m.computeIfAbsent("one", k -> 5));
        attempt("Map.of merge", () -> m.merge("one", 1, Integer::sum));
        attempt("Map.of remove", () -> m.remove("one"));
        attempt("Map.of get(null)", () -> m.get(null));
        attempt("Map.of containsKey(null)", () -> m.containsKey(null));
        attempt("Map.of entry setValue", () -> m.entrySet().iterator().next().setValue(0));
        attempt("Map.of keySet remove", () -> m.keySet().remove("one"));
        Map<String, Integer> entries = Map.ofEntries(Map.entry("b", 2), Map.entry("a", 1));
        System.out.println("ofEntries " + new TreeMap<>(entries) + " entry " + Map.entry("k", "v") + " entry equals "
                + Map.entry("k", 1).equals(new java.util.AbstractMap.SimpleEntry<>("k", 1)) + " entry hash "
                + Map.entry("k", 1).hashCode());
        attempt("Map.entry null", () -> Map.entry(null, 1));
        attempt("Map.entry setValue", () -> Map.entry("k", 1).setValue(2));
        attempt("Map.ofEntries dup", () -> Map.ofEntries(Map.entry("a", 1), Map.entry("a", 2)));
        attempt("Map.copyOf", () -> new TreeMap<>(Map.copyOf(new TreeMap<>(Map.of("q", 1, "p", 2)))));

        List<String> asList = Arrays.asList("p", "q", "r");
        asList.set(1, "Q");
        attempt("Arrays.asList set ok", () -> asList);
        attempt("Arrays.asList add", () -> asList.add("s"));
        attempt("Arrays.asList remove", () -> asList.remove("p"));
        attempt("stream toList add", () -> l12.stream().toList().add(1));
        attempt("unmodifiable via Collections.emptyList add", () -> java.util.Collections.emptyList().add(null));
    }
}
