package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Functional interfaces of one's own: default and static helpers, generic methods, an interface extending another and overriding its default, intersection casts, overloaded methods taking different functional types. */
public class CustomFunctionalInterfaces {
    @FunctionalInterface
    interface Parser<T> {
        T parse(String s) throws Exception;

        default Parser<T> orElse(T fallback) {
            return s -> {
                try {
                    return parse(s);
                } catch (Exception e) {
                    return fallback;
                }
            };
        }

        default <R> Parser<R> map(Function<? super T, ? extends R> f) {
            return s -> f.apply(parse(s));
        }

        static Parser<Integer> integer() {
            return Integer::parseInt;
        }
    }

    @FunctionalInterface
    interface Step {
        int apply(int x);

        default Step then(Step next) {
            return x -> next.apply(apply(x));
        }

        default String name() {
            return "step";
        }

        static Step times(int k) {
            return x -> x * k;
        }
    }

    @FunctionalInterface
    interface NamedStep extends Step {
        @Override
        default String name() {
            return "named:" + Step.super.name();
        }
    }

    interface Tagged {
        default String tag() {
            return "tagged";
        }
    }

    static String run(Runnable r) {
        r.run();
        return "Runnable";
    }

    static String run(java.util.concurrent.Callable<String> c) throws Exception {
        return "Callable:" + c.call();
    }

    static String describe(Step s) {
        return s.name() + "=" + s.apply(3);
    }

    public static void main(String[] args) {
        try {
            body();
        } catch (Exception e) {
            System.out.println("unexpected " + e);
        }
    }

    static void body() throws Exception {
        Parser<Integer> ints = Parser.integer();
        Parser<Integer> safe = ints.orElse(-1);
        Parser<String> hex = ints.map(Integer::toHexString);
        for (String s : new String[] {"42", "x", "-7", "2147483648"}) {
            String h;
            try {
                h = hex.parse(s);
            } catch (Exception e) {
                h = e.getClass().getSimpleName();
            }
            System.out.println(s + " -> " + safe.parse(s) + " hex " + h);
        }
        Parser<List<Integer>> list = s -> {
            List<Integer> out = new ArrayList<>();
            for (String part : s.split(",")) {
                out.add(Integer.parseInt(part.trim()));
            }
            return out;
        };
        System.out.println(list.map(l -> l.size() + ":" + l).orElse("none").parse("1, 2,3") + " " + list.orElse(List.of(0)).parse("1,,2"));

        Step plus1 = x -> x + 1;
        NamedStep sq = x -> x * x;
        Step pipeline = plus1.then(Step.times(10)).then(sq);
        System.out.println(describe(plus1) + " " + describe(sq) + " " + describe(pipeline) + " " + describe(sq.then(plus1)));

        Step both = (Step & Tagged) x -> -x;
        System.out.println("intersection " + both.apply(4) + " tagged " + (both instanceof Tagged t ? t.tag() : "no"));
        Object plain = (Step) x -> x;
        System.out.println("plain tagged " + (plain instanceof Tagged));

        Step anon = new Step() {
            @Override
            public int apply(int x) {
                return x - 100;
            }

            @Override
            public String name() {
                return "anon";
            }
        };
        System.out.println(describe(anon) + " " + describe(anon.then(sq)));

        System.out.println(run(() -> System.out.print("")) + " " + run(() -> "value"));
        Function<Integer, Step> adder = k -> x -> x + k;
        System.out.println("adder " + adder.apply(5).then(adder.apply(6)).apply(1));
    }
}
