package org.torito.difftest.programs;

import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/** Interfaces with private, private static, static and default methods; nested generic lambdas (currying); recursion through functional interfaces and interface default methods. */
public class InterfaceMethodKinds {
    interface Formatter {
        String raw(int n);

        default String format(int n) {
            return decorate(raw(n));
        }

        default String formatAll(int... ns) {
            StringBuilder sb = new StringBuilder();
            for (int n : ns) {
                sb.append(format(n)).append(separator());
            }
            return sb.toString();
        }

        private String decorate(String s) {
            return "[" + s + "]";
        }

        private static String separator() {
            return ";";
        }

        static Formatter hex() {
            return n -> Integer.toHexString(n);
        }

        static Formatter padded(int width) {
            return n -> pad(Integer.toString(n), width);
        }

        private static String pad(String s, int width) {
            return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
        }
    }

    interface Tree {
        int size();

        default int depth() {
            return 1;
        }
    }

    record Leaf(int v) implements Tree {
        public int size() {
            return 1;
        }
    }

    record Branch(Tree l, Tree r) implements Tree {
        public int size() {
            return l.size() + r.size();
        }

        public int depth() {
            return 1 + Math.max(l.depth(), r.depth());
        }
    }

    interface Rec<T> {
        T apply(Rec<T> self, int n);
    }

    static final IntUnaryOperator FACT = n -> n <= 1 ? 1 : n * InterfaceMethodKinds.FACT.applyAsInt(n - 1);

    interface Walker {
        int walk(int n);

        default int twice(int n) {
            return n <= 0 ? 0 : 1 + other().twice(n - 1);
        }

        default Walker other() {
            return this;
        }
    }

    static Tree build(int depth, int seed) {
        if (depth == 0) {
            return new Leaf(seed);
        }
        return (seed % 3 == 0) ? new Leaf(seed) : new Branch(build(depth - 1, seed * 2 + 1), build(depth - 1, seed * 3 + 2));
    }

    public static void main(String[] args) {
        Formatter plain = n -> Integer.toString(n * n);
        System.out.println("plain: " + plain.format(7) + " all " + plain.formatAll(1, 2, 3));
        System.out.println("hex: " + Formatter.hex().formatAll(255, 4096, -1));
        System.out.println("padded: " + Formatter.padded(5).formatAll(42, 123456));

        Function<Integer, Function<Integer, Function<Integer, Integer>>> add3 = a -> b -> c -> a * 100 + b * 10 + c;
        System.out.println("curried: " + add3.apply(1).apply(2).apply(3));
        Function<Integer, Function<Integer, Integer>> partial = add3.apply(9);
        System.out.println("partial reused: " + partial.apply(8).apply(7) + " " + partial.apply(0).apply(0));
        Function<IntBinaryOperator, Function<Integer, Function<Integer, Integer>>> curry = op -> x -> y -> op.applyAsInt(x, y);
        System.out.println("curry op: " + curry.apply((x, y) -> x - y).apply(10).apply(3) + " " + curry.apply(Math::max).apply(-4).apply(-9));
        Function<Function<Integer, Integer>, Function<Function<Integer, Integer>, Function<Integer, Integer>>> compose =
                f -> g -> x -> g.apply(f.apply(x));
        Function<Integer, Integer> inc = x -> x + 1;
        Function<Integer, Integer> dbl = x -> x * 2;
        System.out.println("compose: " + compose.apply(inc).apply(dbl).apply(5) + " " + compose.apply(dbl).apply(inc).apply(5));
        Function<Integer, Integer> power = x -> x;
        for (int i = 0; i < 5; i++) {
            power = compose.apply(power).apply(dbl);
        }
        System.out.println("composed five times: " + power.apply(3));

        Rec<Integer> fib = (self, n) -> n < 2 ? n : self.apply(self, n - 1) + self.apply(self, n - 2);
        System.out.println("self-applied fib(20): " + fib.apply(fib, 20));
        System.out.println("static field recursion 12!: " + FACT.applyAsInt(12));
        Walker w = n -> n * 3;
        System.out.println("default recursion: " + w.twice(50) + " walk " + w.walk(4));
        Walker[] ring = new Walker[2];
        ring[0] = new Walker() {
            public int walk(int n) {
                return n <= 0 ? 0 : 1 + ring[1].walk(n - 1);
            }
        };
        ring[1] = new Walker() {
            public int walk(int n) {
                return n <= 0 ? 100 : 10 + ring[0].walk(n - 1);
            }

            @Override
            public Walker other() {
                return ring[0];
            }
        };
        System.out.println("mutual through interface: " + ring[0].walk(7) + " " + ring[1].walk(7) + " " + ring[1].twice(9));

        Tree t = build(6, 1);
        System.out.println("tree size " + t.size() + " depth " + t.depth());
        Tree small = new Branch(new Leaf(1), new Branch(new Leaf(2), new Leaf(3)));
        System.out.println("small: " + small + " size " + small.size() + " depth " + small.depth());
    }
}
