package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Covariant returns through several levels and interfaces, generic bridge methods called through the erased supertype, raw calls into bridges (ClassCastException), and generic overrides narrowing parameter types. */
public class CovariantReturnsAndBridges {
    static class Animal {
        Animal self() {
            return this;
        }

        Object make() {
            return "animal-made";
        }

        @Override
        public String toString() {
            return "Animal";
        }
    }

    static class Dog extends Animal {
        @Override
        Dog self() {
            return this;
        }

        @Override
        CharSequence make() {
            return new StringBuilder("dog-made");
        }

        String bark() {
            return "woof";
        }

        @Override
        public String toString() {
            return "Dog";
        }
    }

    static class Puppy extends Dog {
        @Override
        Puppy self() {
            return this;
        }

        @Override
        String make() {
            return "puppy-made";
        }

        @Override
        public String toString() {
            return "Puppy";
        }
    }

    interface Source<T> {
        T next();
    }

    interface Transformer<A, B> {
        B apply(A a);
    }

    static class Counter implements Source<Integer> {
        int n;

        @Override
        public Integer next() {
            return ++n;
        }
    }

    abstract static class Base<T extends Comparable<T>> implements Transformer<T, String> {
        @Override
        public String apply(T t) {
            return "base(" + t + ")";
        }
    }

    static class Lengths extends Base<String> {
        @Override
        public String apply(String s) {
            return "len(" + s + ")=" + s.length();
        }
    }

    static class Doubled extends Base<Integer> {
        // inherits apply(T): no bridge of its own, Base's erased apply(Comparable) is called
    }

    static class Box<T> implements Comparable<Box<T>> {
        final int weight;
        final T content;

        Box(int weight, T content) {
            this.weight = weight;
            this.content = content;
        }

        @Override
        public int compareTo(Box<T> o) {
            return Integer.compare(weight, o.weight);
        }

        @Override
        public String toString() {
            return content + "@" + weight;
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static String rawApply(Transformer t, Object arg) {
        try {
            return String.valueOf(t.apply(arg));
        } catch (ClassCastException e) {
            return "ClassCastException";
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static String rawCompare(Comparable c, Object other) {
        try {
            return "compare=" + c.compareTo(other);
        } catch (ClassCastException e) {
            return "ClassCastException";
        }
    }

    public static void main(String[] args) {
        Animal[] animals = {new Animal(), new Dog(), new Puppy()};
        for (Animal a : animals) {
            Object made = a.make();
            System.out.println(a + " self=" + a.self() + " make=" + made + " (" + made.getClass().getSimpleName() + ")");
        }
        Puppy p = new Puppy();
        String s = p.make();
        Dog asDog = p;
        CharSequence cs = asDog.make();
        System.out.println(s + " " + cs + " " + p.self().bark() + " " + asDog.self().bark());

        Source<Integer> src = new Counter();
        Source<?> wild = src;
        System.out.println(src.next() + src.next() + " " + wild.next());

        Transformer<String, String> lengths = new Lengths();
        Transformer<Integer, String> doubled = new Doubled();
        System.out.println(lengths.apply("abc") + " " + doubled.apply(7));
        System.out.println("raw ok " + rawApply(lengths, "xy") + " raw bad " + rawApply(lengths, 5));
        System.out.println("raw doubled " + rawApply(doubled, "str") + " " + rawApply(doubled, 3.5));

        Base<String> base = new Lengths();
        System.out.println("through Base " + base.apply("four"));

        List<Box<String>> boxes = new ArrayList<>();
        int[] ws = {5, 1, 4, 1, 3};
        for (int i = 0; i < ws.length; i++) {
            boxes.add(new Box<>(ws[i], "b" + i));
        }
        boxes.sort(null);
        System.out.println("sorted " + boxes);
        boxes.sort(Comparator.reverseOrder());
        System.out.println("reversed " + boxes);
        System.out.println(rawCompare(boxes.get(0), boxes.get(1)) + " " + rawCompare(boxes.get(0), "x")
                + " " + rawCompare("a", "b") + " " + rawCompare("a", 1) + " " + rawCompare(3, 3L));

        Function<Animal, Object> f = Animal::make;
        Function<Dog, CharSequence> g = Dog::make;
        System.out.println(f.apply(new Puppy()) + " " + g.apply(new Dog()) + " " + f.andThen(Object::toString).apply(new Dog()));
    }
}
