package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Collectors: groupingBy into TreeMap with downstreams, partitioningBy, joining, toMap with merge and duplicate-key error, counting, summing/averaging/summarizing, mapping/filtering/flatMapping, teeing, collectingAndThen, reducing, minBy/maxBy. */
public class StreamCollectors {
    record Sale(String region, String product, int units, double price) {
    }

    public static void main(String[] args) {
        List<Sale> sales = new ArrayList<>();
        String[] regions = {"north", "south", "east", "west"};
        String[] products = {"apple", "pear", "plum"};
        for (int i = 0; i < 24; i++) {
            sales.add(new Sale(regions[i * 7 % 4], products[i % 3], (i * 13) % 9 + 1, 0.25 * ((i % 5) + 1)));
        }
        Map<String, List<Integer>> unitsByRegion = sales.stream()
                .collect(Collectors.groupingBy(Sale::region, TreeMap::new, Collectors.mapping(Sale::units, Collectors.toList())));
        System.out.println("groupingBy mapping " + unitsByRegion);
        Map<String, Long> counts = sales.stream().collect(Collectors.groupingBy(Sale::product, TreeMap::new, Collectors.counting()));
        Map<String, Integer> sums = sales.stream().collect(Collectors.groupingBy(Sale::product, TreeMap::new, Collectors.summingInt(Sale::units)));
        Map<String, Double> avgs = sales.stream().collect(Collectors.groupingBy(Sale::product, TreeMap::new, Collectors.averagingInt(Sale::units)));
        Map<String, Double> revenue = sales.stream()
                .collect(Collectors.groupingBy(Sale::region, TreeMap::new, Collectors.summingDouble(s -> s.units() * s.price())));
        System.out.println("counting " + counts + " summingInt " + sums + " averagingInt " + avgs + " summingDouble " + revenue);
        Map<String, Map<String, Long>> nested = sales.stream().collect(
                Collectors.groupingBy(Sale::region, TreeMap::new, Collectors.groupingBy(Sale::product, TreeMap::new, Collectors.counting())));
        System.out.println("nested " + nested);
        Map<String, TreeSet<Integer>> sets = sales.stream()
                .collect(Collectors.groupingBy(Sale::product, TreeMap::new, Collectors.mapping(Sale::units, Collectors.toCollection(TreeSet::new))));
        System.out.println("toCollection " + sets);
        Map<String, List<Integer>> filtered = sales.stream().collect(Collectors.groupingBy(Sale::region, TreeMap::new,
                Collectors.filtering(s -> s.units() > 5, Collectors.mapping(Sale::units, Collectors.toList()))));
        System.out.println("filtering " + filtered);
        Map<String, List<Character>> flat = Stream.of("ab", "cd", "ae").collect(Collectors.groupingBy(s -> s.substring(0, 1), TreeMap::new,
                Collectors.flatMapping(s -> s.chars().mapToObj(c -> (char) c), Collectors.toList())));
        System.out.println("flatMapping " + flat);
        Map<String, Integer> maxUnits = sales.stream().collect(Collectors.groupingBy(Sale::region, TreeMap::new,
                Collectors.collectingAndThen(Collectors.maxBy(java.util.Comparator.comparingInt(Sale::units).thenComparing(Sale::product)),
                        o -> o.get().units())));
        System.out.println("collectingAndThen maxBy " + maxUnits);
        Map<String, Integer> reduced = sales.stream()
                .collect(Collectors.groupingBy(Sale::product, TreeMap::new, Collectors.reducing(0, Sale::units, Integer::max)));
        System.out.println("reducing " + reduced);

        Map<Boolean, List<Integer>> parts = IntStream.rangeClosed(1, 12).boxed().collect(Collectors.partitioningBy(i -> i % 3 == 0));
        Map<Boolean, Long> partCounts = Stream.of("x").collect(Collectors.partitioningBy(s -> s.isEmpty(), Collectors.counting()));
        // The partition map's own type and iteration order are unspecified: read both keys.
        System.out.println("partitioningBy true=" + parts.get(true) + " false=" + parts.get(false) + " counts " + partCounts.get(true) + "/"
                + partCounts.get(false) + " size " + parts.size());

        System.out.println("joining " + Stream.of("a", "b", "c").collect(Collectors.joining()) + " " + Stream.of("a", "b").collect(Collectors.joining(", "))
                + " " + Stream.of("a", "b").collect(Collectors.joining(";", "<", ">")) + " empty " + Stream.<String>empty().collect(Collectors.joining(",", "[", "]")));

        Map<String, Integer> toMap = Stream.of("kiwi", "fig", "apple", "date", "plum")
                .collect(Collectors.toMap(Function.identity(), String::length));
        System.out.println("toMap " + new TreeMap<>(toMap));
        Map<Integer, String> merged = Stream.of("kiwi", "fig", "apple", "date", "plum", "yam")
                .collect(Collectors.toMap(String::length, Function.identity(), (a, b) -> a + "+" + b, TreeMap::new));
        System.out.println("toMap merge " + merged);
        Map<Integer, String> linked = Stream.of("kiwi", "fig", "apple", "date")
                .collect(Collectors.toMap(String::length, s -> s, (a, b) -> b, LinkedHashMap::new));
        System.out.println("toMap LinkedHashMap " + linked);
        try {
            Stream.of("kiwi", "date").collect(Collectors.toMap(String::length, s -> s));
        } catch (IllegalStateException e) {
            System.out.println("toMap duplicate " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            Stream.of("kiwi").collect(Collectors.toMap(s -> s, s -> (String) null));
        } catch (NullPointerException e) {
            System.out.println("toMap null value " + e.getClass().getName());
        }
        try {
            Stream.of("a", "b").collect(Collectors.toUnmodifiableList()).add("c");
        } catch (UnsupportedOperationException e) {
            System.out.println("toUnmodifiableList add " + e.getClass().getName());
        }

        var stats = sales.stream().collect(Collectors.summarizingInt(Sale::units));
        var dstats = sales.stream().collect(Collectors.summarizingDouble(Sale::price));
        System.out.println("summarizingInt " + stats.getCount() + " " + stats.getSum() + " " + stats.getMin() + " " + stats.getMax() + " "
                + stats.getAverage() + " summarizingDouble " + dstats.getSum() + " " + dstats.getMin() + " " + dstats.getMax() + " " + dstats.getAverage());
        System.out.println("averagingDouble " + Stream.of(0.1, 0.2, 0.3).collect(Collectors.averagingDouble(d -> d)) + " averaging empty "
                + Stream.<Integer>empty().collect(Collectors.averagingInt(i -> i)) + " summingLong "
                + Stream.of(Long.MAX_VALUE, 1L).collect(Collectors.summingLong(l -> l)));

        String teed = IntStream.rangeClosed(1, 10).boxed().collect(Collectors.teeing(Collectors.counting(),
                Collectors.summingInt(i -> i), (n, sum) -> n + " items sum " + sum));
        List<Integer> minMax = Stream.of(7, 2, 9, 4).collect(Collectors.teeing(Collectors.minBy(Integer::compare), Collectors.maxBy(Integer::compare),
                (mn, mx) -> List.of(mn.get(), mx.get())));
        System.out.println("teeing " + teed + " minMax " + minMax);
        Map<Integer, Long> lengths = Stream.of("a", "bb", "cc", "ddd", "e").collect(Collectors.groupingBy(String::length, Collectors.counting()));
        System.out.println("groupingBy HashMap (sorted) " + new TreeMap<>(lengths));
        List<String> words = IntStream.range(0, 3000).mapToObj(i -> "w" + (i * 37 % 211)).toList();
        Map<String, Long> freq = words.stream().collect(Collectors.groupingBy(w -> w, TreeMap::new, Collectors.counting()));
        System.out.println("freq size " + freq.size() + " first " + ((TreeMap<String, Long>) freq).firstEntry() + " max "
                + freq.values().stream().mapToLong(Long::longValue).max().getAsLong() + " hash " + freq.hashCode());
    }
}
