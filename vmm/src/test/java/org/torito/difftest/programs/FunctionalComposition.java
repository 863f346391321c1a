package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** Currying, recursion through static and instance fields, a fixed-point combinator, Function/Predicate/BinaryOperator composition order, and lazy, memoised Suppliers evaluated once. */
public class FunctionalComposition {
    static final List<String> log = new ArrayList<>();

    static IntUnaryOperator factorial;

    static {
        factorial = n -> n <= 1 ? 1 : n * factorial.applyAsInt(n - 1);
    }

    Function<Integer, Long> fib = n -> n < 2 ? (long) n : this.fib.apply(n - 1) + this.fib.apply(n - 2);

    interface SelfApply<T> extends Function<SelfApply<T>, T> {
    }

    static <A, B> Function<A, B> fix(Function<Function<A, B>, Function<A, B>> f) {
        SelfApply<Function<A, B>> r = w -> f.apply(x -> w.apply(w).apply(x));
        return r.apply(r);
    }

    static <T> Supplier<T> memoize(Supplier<T> s) {
        Object[] cache = {null};
        boolean[] done = {false};
        return () -> {
            if (!done[0]) {
                cache[0] = s.get();
                done[0] = true;
            }
            @SuppressWarnings("unchecked")
            T t = (T) cache[0];
            return t;
        };
    }

    static Function<Integer, Integer> traced(String name, Function<Integer, Integer> f) {
        return x -> {
            int r = f.apply(x);
            log.add(name + "(" + x + ")=" + r);
            return r;
        };
    }

    public static void main(String[] args) {
        Function<Integer, Function<Integer, Function<Integer, Integer>>> curried = a -> b -> c -> a * 100 + b * 10 + c;
        Function<Integer, Function<Integer, Integer>> partial = curried.apply(1);
        System.out.println("curried " + curried.apply(3).apply(2).apply(1) + " " + partial.apply(4).apply(5) + " " + partial.apply(0).apply(9));

        BiFunction<String, Integer, String> repeat = String::repeat;
        Function<String, Function<Integer, String>> curriedRepeat = s -> n -> repeat.apply(s, n);
        System.out.println("repeat " + curriedRepeat.apply("ab").apply(3) + " " + repeat.andThen(String::length).apply("xyz", 4));

        System.out.println("factorial " + factorial.applyAsInt(10) + " " + factorial.applyAsInt(12));
        FunctionalComposition inst = new FunctionalComposition();
        System.out.println("fib " + inst.fib.apply(20) + " " + inst.fib.apply(1));
        Function<Integer, Integer> gcdOf48 = fix(self -> n -> n == 0 ? 48 : self.apply(48 % n == 0 ? 0 : 48 % n) + 0);
        Function<Integer, Integer> sumTo = fix(self -> n -> n == 0 ? 0 : n + self.apply(n - 1));
        System.out.println("fix " + sumTo.apply(100) + " " + gcdOf48.apply(18));

        Function<Integer, Integer> inc = traced("inc", x -> x + 1);
        Function<Integer, Integer> dbl = traced("dbl", x -> x * 2);
        Function<Integer, Integer> sq = traced("sq", x -> x * x);
        System.out.println("compose " + inc.compose(dbl).apply(5) + " andThen " + inc.andThen(dbl).apply(5)
                + " chain " + inc.andThen(dbl).compose(sq).andThen(sq).apply(3));
        System.out.println(log);
        log.clear();
        System.out.println("identity " + Function.<String>identity().apply("same") + " " + UnaryOperator.identity().andThen(x -> x + "!").apply("u"));

        Predicate<String> empty = String::isEmpty;
        Predicate<String> shortOne = s -> {
            log.add("len " + s);
            return s.length() < 3;
        };
        Predicate<String> combined = empty.negate().and(shortOne).or(s -> s.startsWith("z"));
        for (String s : new String[] {"", "ab", "abcd", "zzzz", "z"}) {
            System.out.println("pred '" + s + "' " + combined.test(s) + " not " + Predicate.not(combined).test(s)
                    + " isEqual " + Predicate.isEqual("ab").test(s));
        }
        System.out.println(log);
        log.clear();

        BinaryOperator<Integer> min = BinaryOperator.minBy(Integer::compare);
        BinaryOperator<String> max = BinaryOperator.maxBy(String.CASE_INSENSITIVE_ORDER);
        System.out.println("minBy " + min.apply(3, -3) + " maxBy " + max.apply("apple", "Banana") + " tie " + max.apply("a", "A"));

        int[] calls = {0};
        Supplier<String> expensive = () -> {
            calls[0]++;
            return "computed#" + calls[0];
        };
        Supplier<String> lazy = memoize(expensive);
        System.out.println("before get calls=" + calls[0]);
        System.out.println(lazy.get() + " " + lazy.get() + " calls=" + calls[0] + " raw " + expensive.get() + " calls=" + calls[0]);
        Supplier<Supplier<Integer>> nested = () -> {
            log.add("outer");
            return () -> {
                log.add("inner");
                return 7;
            };
        };
        Supplier<Integer> got = nested.get();
        System.out.println(log + " " + got.get() + " " + log);
    }
}
