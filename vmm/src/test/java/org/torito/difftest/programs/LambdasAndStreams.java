package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Lambdas (capturing and not), method references of every kind, functional composition, streams. */
public class LambdasAndStreams {
    final String prefix;

    LambdasAndStreams(String prefix) {
        this.prefix = prefix;
    }

    String decorate(String s) {
        return prefix + s;
    }

    static int twice(int x) {
        return 2 * x;
    }

    public static void main(String[] args) {
        int base = 100;
        IntBinaryOperator add = (a, b) -> a + b + base;
        Function<Integer, Integer> doubler = LambdasAndStreams::twice;
        Function<Integer, Integer> plusOne = x -> x + 1;
        LambdasAndStreams deco = new LambdasAndStreams(">");
        Function<String, String> bound = deco::decorate;
        Function<String, Integer> unbound = String::length;
        Supplier<List<String>> ctor = ArrayList::new;
        Function<Integer, int[]> arrayCtor = int[]::new;
        BiFunction<String, String, Boolean> eq = String::equalsIgnoreCase;
        UnaryOperator<String> upper = String::toUpperCase;
        System.out.println(add.applyAsInt(1, 2) + " " + doubler.andThen(plusOne).apply(5) + " " + doubler.compose(plusOne).apply(5)
                + " " + bound.apply("x") + " " + unbound.apply("four") + " " + ctor.get().size() + " " + arrayCtor.apply(7).length
                + " " + eq.apply("A", "a") + " " + upper.andThen(bound).apply("up") + " " + Function.<String>identity().apply("id"));
        Predicate<String> empty = String::isEmpty;
        Predicate<String> longWord = s -> s.length() > 4;
        System.out.println(empty.negate().and(longWord.negate()).test("abc") + " " + empty.or(longWord).test("") + " "
                + Predicate.not(empty).test(""));
        List<Runnable> runnables = new ArrayList<>();
        StringBuilder sink = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            int captured = i * i;
            runnables.add(() -> sink.append(captured).append(','));
        }
        runnables.forEach(Runnable::run);
        System.out.println("captured " + sink);
        Supplier<Supplier<String>> nested = () -> () -> "nested" + base;
        System.out.println(nested.get().get());
        Function<Integer, Function<Integer, Integer>> curried = a -> b -> a * 10 + b;
        System.out.println("curried " + curried.apply(4).apply(2));

        List<String> words = List.of("delta", "alpha", "charlie", "bravo", "echo", "alpha", "foxtrot", "golf", "hotel");
        System.out.println(words.stream().filter(w -> w.length() > 4).map(String::toUpperCase).sorted().distinct()
                .collect(Collectors.joining(", ", "[", "]")));
        System.out.println("" + words.stream().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toList())));
        System.out.println("" + words.stream().collect(Collectors.toMap(w -> w, String::length, (a, b) -> a + b, TreeMap::new)));
        System.out.println(IntStream.rangeClosed(1, 100).filter(i -> i % 3 == 0).sum() + " "
                + IntStream.range(0, 10).mapToObj(Integer::toString).collect(Collectors.joining()) + " "
                + IntStream.of(3, 1, 2).boxed().sorted(Comparator.reverseOrder()).toList() + " "
                + Stream.iterate(1, x -> x * 3).limit(8).reduce(0, Integer::sum) + " "
                + words.stream().mapToInt(String::length).max().getAsInt() + " "
                + words.stream().anyMatch(w -> w.startsWith("g")) + words.stream().allMatch(w -> w.length() > 3)
                + words.stream().noneMatch(String::isEmpty) + " " + words.stream().skip(2).findFirst().orElse("none") + " "
                + IntStream.range(0, 20).average().getAsDouble() + " " + words.stream().count());
        System.out.println(words.stream().sorted(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder())).toList());
        System.out.println(words.stream().collect(Collectors.partitioningBy(w -> w.contains("o"))));
        System.out.println(Stream.of("a", "b", "c").flatMap(s -> Stream.of(s, s + s)).collect(Collectors.toList()) + " "
                + Stream.of(1, 2, 3, 4).map(x -> x * x).peek(x -> { }).filter(x -> x > 1).mapToInt(Integer::intValue).summaryStatistics().getAverage());
        Optional<String> some = Optional.of("value");
        Optional<String> none = Optional.empty();
        System.out.println(IntStream.of(3, 16, 10).summaryStatistics() + " " + java.util.stream.LongStream.of(-5, 7).summaryStatistics()
                + " " + java.util.stream.DoubleStream.of(0.5, 2.25).summaryStatistics() + " " + IntStream.empty().summaryStatistics());
        System.out.println(some + " " + none + " " + IntStream.of(4).max() + " " + IntStream.empty().max()
                + " " + java.util.stream.LongStream.of(9).findFirst() + " " + IntStream.of(1, 2).average() + " " + Optional.of(List.of(1)));
        System.out.println(some.map(String::length).orElse(-1) + " " + none.map(String::length).orElse(-1) + " "
                + some.filter(s -> s.startsWith("x")).isPresent() + " " + none.or(() -> Optional.of("alt")).get() + " " + some.get() + " " + none.isPresent());
        long sum = 0;
        for (int i = 0; i < 2000; i++) {
            int k = i;
            Function<Integer, Integer> f = x -> x + k;
            sum += f.apply(i);
        }
        System.out.println("lambda loop " + sum);
        // parallel() and sequential() of the primitive streams (a parallel stream's result is
        // the sequential one's for these associative operations).
        System.out.println("parallel int " + IntStream.rangeClosed(1, 100).parallel().sum()
                + " long " + LongStream.range(0, 10).parallel().map(x -> x * x).sequential().sum()
                + " double " + DoubleStream.of(0.5, 1.5, 2.0).parallel().map(x -> x * 2).sequential().max().getAsDouble()
                + " boxed " + IntStream.range(0, 5).parallel().boxed().toList());
    }
}
