package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/** Local classes, records, enums and interfaces inside methods; anonymous classes with initialiser blocks, constructor arguments and their own fields; inner classes of another outer instance (outer.new Inner(), outer.super()); simple names of such classes. */
public class LocalAndAnonymousClasses {
    final String id;

    LocalAndAnonymousClasses(String id) {
        this.id = id;
    }

    class Inner {
        final int n;

        Inner(int n) {
            this.n = n;
        }

        String describe() {
            return id + ".Inner(" + n + ")";
        }
    }

    // a subclass of an inner class that lives outside the outer class needs an explicit outer instance
    static class Detached extends LocalAndAnonymousClasses.Inner {
        Detached(LocalAndAnonymousClasses outer, int n) {
            outer.super(n * 10);
        }

        @Override
        String describe() {
            return "Detached/" + super.describe();
        }
    }

    abstract static class Shape {
        final String name;
        final List<String> log = new ArrayList<>();

        Shape(String name) {
            this.name = name;
            log.add("Shape(" + name + ")");
        }

        abstract double area();
    }

    static Iterator<Integer> countdown(int from) {
        class Countdown implements Iterator<Integer> {
            int current = from;

            @Override
            public boolean hasNext() {
                return current > 0;
            }

            @Override
            public Integer next() {
                return current--;
            }
        }
        return new Countdown();
    }

    Inner makeLocalSubclass(int bonus) {
        class Bonus extends Inner {
            Bonus() {
                super(bonus + 1);
            }

            @Override
            String describe() {
                return "Bonus+" + bonus + ":" + super.describe() + " outer " + id;
            }
        }
        return new Bonus();
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (Iterator<Integer> it = countdown(5); it.hasNext(); ) {
            sb.append(it.next());
        }
        System.out.println("countdown " + sb);

        record Range(int lo, int hi) {
            int size() {
                return hi - lo;
            }
        }
        enum Color {
            RED, GREEN
        }
        interface Greeter {
            String greet(String who);
        }
        List<Range> ranges = new ArrayList<>(List.of(new Range(5, 9), new Range(0, 10), new Range(3, 4)));
        ranges.sort(Comparator.comparingInt(Range::size));
        System.out.println("local record " + ranges + " local enum " + List.of(Color.values()));
        Greeter g = who -> "hi " + who;
        System.out.println(g.greet("local interface"));

        int factor = 3;
        Shape square = new Shape("square") {
            final double side;

            {
                side = factor * 2;
                log.add("anon init side=" + side);
            }

            @Override
            double area() {
                return side * side;
            }
        };
        Shape circleLike = new Shape("poly" + factor) {
            @Override
            double area() {
                return factor * 1.5;
            }

            @Override
            public String toString() {
                return name + "~" + area();
            }
        };
        System.out.println(square.name + " " + square.area() + " " + square.log);
        System.out.println(circleLike + " " + circleLike.log);

        LocalAndAnonymousClasses a = new LocalAndAnonymousClasses("A");
        LocalAndAnonymousClasses b = new LocalAndAnonymousClasses("B");
        Inner ai = a.new Inner(1);
        Inner bi = b.new Inner(2);
        System.out.println(ai.describe() + " " + bi.describe() + " " + new Detached(b, 3).describe());
        System.out.println(a.makeLocalSubclass(7).describe() + " | " + b.makeLocalSubclass(0).describe());

        Object anon = new Object() {
            int counter;

            @Override
            public String toString() {
                return "anon#" + (++counter);
            }
        };
        System.out.println(anon + " " + anon + " " + anon);
        var typed = new Object() {
            int x = 4;

            int twice() {
                return x * 2;
            }
        };
        typed.x++;
        System.out.println("var anon " + typed.x + " " + typed.twice());

        System.out.println("simple names [" + new Range(0, 0).getClass().getSimpleName() + "] [" + Color.RED.getClass().getSimpleName()
                + "] [" + square.getClass().getSimpleName() + "] [" + ai.getClass().getSimpleName()
                + "] [" + a.makeLocalSubclass(0).getClass().getSimpleName() + "]");
    }
}
