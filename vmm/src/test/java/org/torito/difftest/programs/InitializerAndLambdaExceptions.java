package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Exceptions from constructors, instance initialisers, field initialisers and constructor chains (partial state, finally order), handled inside static initialisers, and thrown through lambdas, streams, sorts and onClose handlers. */
public class InitializerAndLambdaExceptions {
    static final List<String> log = new ArrayList<>();

    static class Base {
        final String tag;

        Base(String tag) {
            log.add("Base(" + tag + ")");
            this.tag = tag;
            init();
        }

        void init() {
            log.add("Base.init");
        }
    }

    static class Derived extends Base {
        int value = compute("field initialiser");

        {
            log.add("instance block value=" + value);
            if (tag.equals("block")) {
                throw new IllegalStateException("instance block failed");
            }
        }

        Derived(String tag) {
            super(tag);
            log.add("Derived body");
            if (tag.equals("ctor")) {
                throw new IllegalArgumentException("constructor failed for " + tag);
            }
        }

        Derived() {
            this(failingTag());
        }

        static String failingTag() {
            throw new UnsupportedOperationException("argument of this(...) failed");
        }

        int compute(String where) {
            log.add("compute in " + where + " tag=" + tag);
            if (tag.equals("field")) {
                throw new ArithmeticException("field initialiser failed");
            }
            return 5;
        }

        @Override
        void init() {
            // Runs from Base's constructor, before Derived's field initialisers: value is still 0.
            log.add("Derived.init value=" + value);
            if (tag.equals("virtual")) {
                throw new IllegalStateException("overridden init failed");
            }
        }
    }

    // Exceptions handled inside a static initialiser leave the class usable. (An exception escaping
    // <clinit> is a known TeaVM difference covered by StaticInitOrder, so none escapes here.)
    static class Config {
        static final int PORT;
        static final String ERROR;

        static {
            int port;
            String error = "none";
            try {
                port = Integer.parseInt("80a");
            } catch (NumberFormatException e) {
                port = 8080;
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            PORT = port;
            ERROR = error;
        }
    }

    @SuppressWarnings("unchecked")
    static <T extends Throwable> void sneaky(Throwable t) throws T {
        throw (T) t;
    }

    static void construct(String tag) {
        log.clear();
        try {
            Derived d = tag == null ? new Derived() : new Derived(tag);
            log.add("constructed value=" + d.value);
        } catch (RuntimeException e) {
            log.add("caught " + e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            log.add("finally");
        }
        System.out.println("new Derived(" + tag + ") " + log);
    }

    public static void main(String[] args) {
        for (String tag : new String[] {"ok", "virtual", "field", "block", "ctor", null}) {
            construct(tag);
        }
        System.out.println("static init handled: PORT=" + Config.PORT + " ERROR=" + Config.ERROR);

        try {
            Stream.of(1, 2, 0, 4).map(i -> 12 / i).toList();
        } catch (ArithmeticException e) {
            System.out.println("stream map " + e.getClass().getName() + ": " + e.getMessage());
        }
        List<Integer> seen = new ArrayList<>();
        try {
            Stream.of("1", "2", "x", "4").map(Integer::parseInt).forEach(seen::add);
        } catch (NumberFormatException e) {
            System.out.println("forEach stopped after " + seen + " " + e.getMessage());
        }
        List<String> toSort = new ArrayList<>(List.of("b", "a", "c"));
        try {
            toSort.sort((x, y) -> {
                throw new IllegalStateException("comparator refused " + x + y);
            });
        } catch (IllegalStateException e) {
            System.out.println("sort comparator " + e.getClass().getName() + " list intact " + toSort.size());
        }
        Function<Integer, Integer> f = i -> i + 1;
        Function<Integer, Integer> g = f.andThen(i -> {
            if (i > 2) {
                throw new IndexOutOfBoundsException("composed " + i);
            }
            return i;
        });
        try {
            System.out.println("compose ok " + g.apply(0));
            g.apply(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("compose " + e.getMessage());
        }
        Supplier<String> sup = () -> {
            sneaky(new java.io.IOException("checked through a lambda"));
            return "never";
        };
        try {
            sup.get();
        } catch (Exception e) {
            System.out.println("sneaky " + e.getClass().getName() + ": " + e.getMessage() + " checked " + !(e instanceof RuntimeException));
        }
        try {
            java.util.Optional.empty().orElseGet(() -> {
                throw new IllegalStateException("from orElseGet");
            });
        } catch (IllegalStateException e) {
            System.out.println("orElseGet " + e.getMessage());
        }
        Runnable nested = () -> {
            Runnable inner = () -> {
                throw new ArrayStoreException("deep lambda");
            };
            try {
                inner.run();
            } finally {
                System.out.println("lambda finally ran");
            }
        };
        try {
            nested.run();
        } catch (ArrayStoreException e) {
            System.out.println("nested lambda " + e.getMessage());
        }
        StringBuilder closes = new StringBuilder();
        try (Stream<String> s = Stream.of("p", "q").onClose(() -> closes.append("close1 ")).onClose(() -> {
            closes.append("close2 ");
            throw new IllegalStateException("close2 failed");
        }).onClose(() -> closes.append("close3 "))) {
            s.forEach(x -> {
                if (x.equals("q")) {
                    throw new IllegalArgumentException("body failed at " + x);
                }
            });
        } catch (IllegalArgumentException e) {
            System.out.println("onClose " + closes + "primary " + e.getMessage() + " suppressed " + e.getSuppressed().length + " "
                    + e.getSuppressed()[0].getMessage());
        }
        int caught = 0;
        long sum = 0;
        for (int i = 0; i < 2000; i++) {
            final int n = i;
            try {
                sum += Stream.of(n).map(v -> {
                    if (v % 17 == 0) {
                        throw new RuntimeException("multiple of 17");
                    }
                    return v;
                }).reduce(0, Integer::sum);
            } catch (RuntimeException e) {
                caught++;
            }
        }
        System.out.println("loop caught " + caught + " sum " + sum);
    }
}
