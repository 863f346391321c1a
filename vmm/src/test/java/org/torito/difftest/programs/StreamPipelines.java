package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** Stream operations: map/filter/flatMap/distinct/sorted/limit/skip/takeWhile/dropWhile/peek, iterate/generate, reduce forms, IntStream/LongStream ranges and terminal ops, nulls in streams, reuse errors. */
public class StreamPipelines {
    public static void main(String[] args) {
        List<String> words = List.of("delta", "alpha", "charlie", "bravo", "alpha", "echo", "delta", "foxtrot", "golf");
        System.out.println("map/filter " + words.stream().filter(w -> w.length() > 4).map(String::toUpperCase).toList());
        System.out.println("distinct (encounter order) " + words.stream().distinct().toList());
        System.out.println("sorted " + words.stream().sorted().toList() + " by length then reverse "
                + words.stream().sorted(java.util.Comparator.comparingInt(String::length).thenComparing(java.util.Comparator.reverseOrder())).toList());
        System.out.println("skip/limit " + words.stream().skip(2).limit(4).toList() + " limit 0 " + words.stream().limit(0).toList()
                + " skip past end " + words.stream().skip(100).count());
        System.out.println("flatMap chars " + words.stream().limit(3).flatMap(w -> w.chars().mapToObj(c -> (char) c)).map(String::valueOf)
                .collect(Collectors.joining()));
        System.out.println("flatMap nested " + Stream.of(List.of(1, 2), List.<Integer>of(), List.of(3)).flatMap(List::stream).toList()
                + " mapMulti " + Stream.of(1, 2, 3).<Integer>mapMulti((v, sink) -> {
                    for (int i = 0; i < v; i++) {
                        sink.accept(v * 10 + i);
                    }
                }).toList());
        System.out.println("takeWhile " + Stream.of(1, 3, 5, 6, 7, 9).takeWhile(v -> v % 2 == 1).toList() + " dropWhile "
                + Stream.of(1, 3, 5, 6, 7, 9).dropWhile(v -> v % 2 == 1).toList() + " takeWhile none "
                + Stream.of(2, 1).takeWhile(v -> v % 2 == 1).toList());
        List<String> seen = new ArrayList<>();
        List<Integer> lazy = Stream.of(5, 1, 4, 2, 3).peek(v -> seen.add("p" + v)).filter(v -> v > 1).map(v -> {
            seen.add("m" + v);
            return v * 2;
        }).limit(2).toList();
        System.out.println("laziness " + lazy + " trace " + seen);
        seen.clear();
        List<Integer> sortedTrace = Stream.of(3, 1, 2).peek(v -> seen.add("a" + v)).sorted().peek(v -> seen.add("b" + v)).toList();
        System.out.println("sorted is a barrier " + sortedTrace + " trace " + seen);

        System.out.println("iterate " + Stream.iterate(1, v -> v * 3).limit(8).toList() + " iterate with predicate "
                + Stream.iterate(1, v -> v < 200, v -> v * 2).toList());
        int[] counter = {0};
        System.out.println("generate " + Stream.generate(() -> counter[0]++).limit(5).toList() + " counter " + counter[0]);
        System.out.println("reduce sum " + Stream.of(1, 2, 3, 4).reduce(0, Integer::sum) + " reduce optional "
                + Stream.of(3, 9, 2).reduce(Integer::max).get() + " empty reduce present " + Stream.<Integer>empty().reduce(Integer::sum).isPresent()
                + " 3-arg reduce " + words.stream().reduce(0, (acc, w) -> acc + w.length(), Integer::sum));
        System.out.println("count " + words.stream().count() + " anyMatch " + words.stream().anyMatch(w -> w.startsWith("g")) + " allMatch "
                + words.stream().allMatch(w -> w.length() >= 4) + " noneMatch " + words.stream().noneMatch(String::isEmpty)
                + " empty allMatch " + Stream.empty().allMatch(x -> false) + " findFirst " + words.stream().filter(w -> w.contains("o")).findFirst().get()
                + " min " + words.stream().min(String::compareTo).get() + " max " + words.stream().max(java.util.Comparator.comparingInt(String::length).thenComparing(w -> w)).get());
        System.out.println("toArray " + Arrays.toString(words.stream().map(String::length).toArray(Integer[]::new)) + " forEachOrdered "
                + words.stream().skip(6).map(w -> w.substring(0, 1)).collect(Collectors.toList()));

        System.out.println("IntStream.range " + IntStream.range(0, 5).boxed().toList() + " rangeClosed " + IntStream.rangeClosed(-2, 2).boxed().toList()
                + " empty range " + IntStream.range(5, 5).count() + " reversed " + IntStream.range(5, 0).count());
        System.out.println("sum " + IntStream.rangeClosed(1, 100).sum() + " min " + IntStream.of(4, -7, 2).min().getAsInt() + " max "
                + IntStream.of(4, -7, 2).max().getAsInt() + " average " + IntStream.of(1, 2).average().getAsDouble() + " empty average "
                + IntStream.empty().average().isPresent() + " empty max " + IntStream.empty().max().isPresent());
        System.out.println("overflow sum " + IntStream.of(Integer.MAX_VALUE, 1).sum() + " asLong " + IntStream.of(Integer.MAX_VALUE, 1).asLongStream().sum()
                + " LongStream " + LongStream.rangeClosed(1, 20).reduce(1, (a, b) -> a * b) + " mapToObj "
                + IntStream.range(0, 4).mapToObj(i -> "i" + i).collect(Collectors.joining(",")));
        var stats = IntStream.of(5, 1, 9, 3).summaryStatistics();
        System.out.println("stats " + stats.getCount() + " " + stats.getSum() + " " + stats.getMin() + " " + stats.getMax() + " " + stats.getAverage());
        System.out.println("map/filter ints " + Arrays.toString(IntStream.range(0, 20).filter(i -> i % 3 == 0).map(i -> i * i).toArray())
                + " distinct sorted " + Arrays.toString(IntStream.of(5, 3, 5, 1, 3).distinct().sorted().toArray()) + " chars "
                + "hello".chars().filter(c -> c != 'l').mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining()));
        System.out.println("iterate ints " + Arrays.toString(IntStream.iterate(1, i -> i <= 1000, i -> i * 4).toArray()) + " doubles "
                + IntStream.range(1, 5).mapToDouble(i -> 1.0 / i).sum());

        List<String> withNulls = Stream.of("a", null, "b", null).toList();
        System.out.println("nulls in stream " + withNulls + " count " + Stream.of("a", null).count() + " filter nonNull "
                + withNulls.stream().filter(Objects::nonNull).toList() + " distinct " + Stream.of(null, "x", null).distinct().toList()
);
        // Stream.ofNullable: TeaVM 0.15 lacks it (build fails); the case is pending in /work/reports/coll-pending.
        try {
            Stream.of("a", null).findFirst();
            System.out.println("findFirst ok");
        } catch (NullPointerException e) {
            System.out.println("findFirst on null " + e.getClass().getName());
        }
        try {
            Stream.of(null, "a").findFirst();
        } catch (NullPointerException e) {
            System.out.println("findFirst null element " + e.getClass().getName());
        }
        try {
            Stream.of("b", null, "a").sorted().toList();
        } catch (NullPointerException e) {
            System.out.println("sorted nulls " + e.getClass().getName());
        }
        Stream<String> once = words.stream();
        once.count();
        try {
            once.count();
        } catch (IllegalStateException e) {
            System.out.println("reuse " + e.getClass().getName() + ": " + e.getMessage());
        }
        long checksum = IntStream.range(0, 100_000).filter(i -> i % 7 != 0).mapToLong(i -> (long) i * i % 1009).sum();
        System.out.println("checksum " + checksum);
    }
}
