package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/** `this` in lambdas (the enclosing instance) versus anonymous classes (the new object), method references to constructors (including inner and generic classes) and array constructors, bound receivers evaluated once. */
public class LambdaThisAndConstructorRefs {
    private final String label;
    private int evaluations;

    LambdaThisAndConstructorRefs(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return "Outer(" + label + ")";
    }

    Supplier<String> lambdaThis() {
        return () -> "lambda sees " + this + " / " + toString();
    }

    Supplier<String> anonymousThis() {
        return new Supplier<String>() {
            @Override
            public String get() {
                return "anonymous sees " + this + " / outer " + LambdaThisAndConstructorRefs.this;
            }

            @Override
            public String toString() {
                return "Anon";
            }
        };
    }

    Supplier<Boolean> lambdaIdentity() {
        LambdaThisAndConstructorRefs self = this;
        return () -> this == self;
    }

    class Item {
        final String name;

        Item(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return label + ":" + name;
        }
    }

    Function<String, Item> itemMaker() {
        return Item::new;
    }

    static class Pair<A, B> {
        final A a;
        final B b;

        Pair(A a, B b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public String toString() {
            return "<" + a + "," + b + ">";
        }
    }

    static class Counted {
        static int made;
        final int n;

        Counted() {
            n = ++made;
        }

        Counted(int n) {
            this.n = n * 100;
        }

        @Override
        public String toString() {
            return "Counted" + n;
        }
    }

    LambdaThisAndConstructorRefs receiver() {
        evaluations++;
        return this;
    }

    public static void main(String[] args) {
        LambdaThisAndConstructorRefs outer = new LambdaThisAndConstructorRefs("main");
        System.out.println(outer.lambdaThis().get());
        System.out.println(outer.anonymousThis().get());
        System.out.println("lambda this is outer: " + outer.lambdaIdentity().get());

        Function<String, Item> makeItem = s -> outer.new Item(s);
        System.out.println("inner via lambda: " + makeItem.apply("y"));
        System.out.println("inner via Item::new: " + outer.itemMaker().apply("z") + " " + new LambdaThisAndConstructorRefs("second").itemMaker().apply("w"));
        BiFunction<String, Integer, Pair<String, Integer>> mkPair = Pair::new;
        System.out.println("generic ctor ref: " + mkPair.apply("k", 7));
        Supplier<Counted> noArg = Counted::new;
        Function<Integer, Counted> oneArg = Counted::new;
        System.out.println("ctor refs: " + noArg.get() + " " + noArg.get() + " " + oneArg.apply(3) + " made " + Counted.made);
        Function<String, StringBuilder> sbNew = StringBuilder::new;
        System.out.println("StringBuilder::new: " + sbNew.apply("abc").reverse());
        Supplier<List<String>> listNew = ArrayList::new;
        List<String> fresh = listNew.get();
        fresh.add("only");
        System.out.println("ArrayList::new: " + fresh + " distinct " + (listNew.get() != listNew.get()));
        Supplier<TreeMap<String, Integer>> mapNew = TreeMap::new;
        TreeMap<String, Integer> tm = mapNew.get();
        tm.put("b", 2);
        tm.put("a", 1);
        System.out.println("TreeMap::new: " + tm);

        IntFunction<int[]> intArr = int[]::new;
        int[] ia = intArr.apply(4);
        ia[3] = 9;
        System.out.println("int[]::new: " + ia.length + " last " + ia[3] + " first " + ia[0]);
        IntFunction<String[]> strArr = String[]::new;
        String[] sa = strArr.apply(2);
        System.out.println("String[]::new: " + sa.length + " " + sa[0] + " type " + sa.getClass().getSimpleName());
        IntFunction<int[][]> grid = int[][]::new;
        int[][] g = grid.apply(3);
        System.out.println("int[][]::new: " + g.length + " row " + g[0]);
        String[] fromStream = List.of("p", "q", "r").stream().map(String::toUpperCase).toArray(String[]::new);
        System.out.println("toArray(String[]::new): " + String.join("", fromStream) + " " + fromStream.getClass().getSimpleName());
        try {
            intArr.apply(-1);
            System.out.println("negative size: no exception");
        } catch (NegativeArraySizeException e) {
            System.out.println("negative size: " + e.getClass().getName());
        }

        outer.evaluations = 0;
        Supplier<String> bound = outer.receiver()::toString;
        System.out.println("bound receiver evaluated at creation: " + outer.evaluations);
        bound.get();
        bound.get();
        System.out.println("after two calls: " + outer.evaluations);
        Supplier<String> lambdaReceiver = () -> outer.receiver().toString();
        System.out.println("lambda before calls: " + outer.evaluations);
        lambdaReceiver.get();
        lambdaReceiver.get();
        System.out.println("lambda after two calls: " + outer.evaluations);
        String nothing = null;
        try {
            Supplier<Integer> len = nothing::length;
            System.out.println("null bound receiver: no exception " + len);
        } catch (NullPointerException e) {
            System.out.println("null bound receiver: " + e.getClass().getName());
        }
        Supplier<Integer> lazy = () -> nothing.length();
        try {
            lazy.get();
        } catch (NullPointerException e) {
            System.out.println("null in lambda body at call: " + e.getClass().getName());
        }
        Function<LambdaThisAndConstructorRefs, String> unbound = LambdaThisAndConstructorRefs::toString;
        System.out.println("unbound: " + unbound.apply(new LambdaThisAndConstructorRefs("other")));
    }
}
