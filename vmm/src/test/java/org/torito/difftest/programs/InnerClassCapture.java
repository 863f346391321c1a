package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/** Inner, local and anonymous classes: captured effectively-final locals (values fixed at creation), outer `this`, Outer.this.field, inner classes of inner classes, shadowing. */
public class InnerClassCapture {
    private int value = 10;
    private final String name;

    InnerClassCapture(String name) {
        this.name = name;
    }

    class Inner {
        int value = 20;

        String show(int value) {
            return value + "/" + this.value + "/" + InnerClassCapture.this.value + "/" + name;
        }

        class Deeper {
            int value = 30;

            String show() {
                return value + "/" + Inner.this.value + "/" + InnerClassCapture.this.value;
            }

            void bump() {
                InnerClassCapture.this.value++;
                Inner.this.value += 2;
            }
        }
    }

    static class Nested {
        String hello() {
            return "nested has no outer";
        }
    }

    List<IntSupplier> makeCounters(int n) {
        List<IntSupplier> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            final int captured = i * i;
            out.add(new IntSupplier() {
                int calls;

                @Override
                public int getAsInt() {
                    calls++;
                    return captured + value + calls * 100;
                }
            });
        }
        return out;
    }

    Supplier<String> localClass(String prefix) {
        int[] box = {0};
        class Local implements Supplier<String> {
            final int serial = ++box[0];

            @Override
            public String get() {
                return prefix + "#" + serial + " outer " + name + " box " + box[0];
            }
        }
        new Local();
        return new Local();
    }

    abstract static class Greeter {
        final String greeting;

        Greeter(String greeting) {
            this.greeting = greeting;
        }

        abstract String target();

        String greet() {
            return greeting + ", " + target();
        }
    }

    String anonymousWithArgs(String who) {
        Greeter g = new Greeter("hi " + name) {
            final String extra = who.toUpperCase();

            @Override
            String target() {
                return who + " (" + extra + ")";
            }
        };
        return g.greet();
    }

    public static void main(String[] args) {
        InnerClassCapture outer = new InnerClassCapture("outer");
        InnerClassCapture.Inner inner = outer.new Inner();
        System.out.println("inner show: " + inner.show(5));
        InnerClassCapture.Inner.Deeper deeper = inner.new Deeper();
        System.out.println("deeper show: " + deeper.show());
        deeper.bump();
        deeper.bump();
        System.out.println("after bump: " + deeper.show() + " | " + inner.show(0));
        InnerClassCapture other = new InnerClassCapture("other");
        InnerClassCapture.Inner otherInner = other.new Inner();
        System.out.println("other inner: " + otherInner.show(1));
        System.out.println(new Nested().hello());

        List<IntSupplier> counters = outer.makeCounters(4);
        outer.value = 1000;
        StringBuilder sb = new StringBuilder();
        for (IntSupplier s : counters) {
            sb.append(s.getAsInt()).append(' ').append(s.getAsInt()).append("; ");
        }
        System.out.println("counters: " + sb);

        Supplier<String> loc = outer.localClass("L");
        System.out.println("local: " + loc.get());
        System.out.println("anonymous with args: " + outer.anonymousWithArgs("bob"));

        Runnable[] rs = new Runnable[3];
        StringBuilder trace = new StringBuilder();
        for (String s : new String[] {"x", "y", "z"}) {
            rs[trace.length()] = () -> trace.append(s);
            trace.append('.');
        }
        trace.setLength(0);
        for (Runnable r : rs) {
            r.run();
        }
        System.out.println("for-each captured: " + trace);

        Object anon = new Object() {
            int hits;

            @Override
            public String toString() {
                return "anon hits=" + (++hits);
            }
        };
        System.out.println(anon + " " + anon);
        var typed = new Object() {
            int x = 3;

            int twice() {
                return x * 2;
            }
        };
        typed.x = 21;
        System.out.println("var anonymous: " + typed.x + " " + typed.twice());
    }
}
