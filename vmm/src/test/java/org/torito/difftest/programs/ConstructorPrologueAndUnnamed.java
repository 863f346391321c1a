package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;

/** Java 25 language: statements before super(...)/this(...) (flexible constructor bodies) including fields set before the superclass constructor calls an overridden method, unnamed variables `_` in patterns, catch, lambdas and loops, qualified enum constants in pattern switches. */
public class ConstructorPrologueAndUnnamed {
    static final List<String> LOG = new ArrayList<>();

    static class Base {
        final String description;

        Base(String name) {
            LOG.add("Base(" + name + ")");
            description = name + " -> " + describe();
        }

        String describe() {
            return "base";
        }
    }

    static class Early extends Base {
        private final int size;
        private String label = "initialiser";

        Early(int size) {
            if (size < 0) {
                throw new IllegalArgumentException("size " + size);
            }
            LOG.add("prologue size=" + size);
            this.size = size * 2;
            super("early" + size);
            LOG.add("epilogue label=" + label);
        }

        Early(String text) {
            int parsed = text.length();
            LOG.add("delegating prologue " + parsed);
            this(parsed);
        }

        @Override
        String describe() {
            // size was assigned in the prologue, before super(...); label's initialiser has not run yet.
            return "early size=" + size + " label=" + label;
        }
    }

    sealed interface Animal permits Pet, Wild {
    }

    enum Pet implements Animal { DOG, CAT }

    enum Wild implements Animal { WOLF, BEAR }

    record Pair(Object left, Object right) {
    }

    static String sound(Animal a) {
        return switch (a) {
            case Pet.DOG -> "woof";
            case Pet.CAT -> "meow";
            case Wild.WOLF -> "howl";
            case Wild w -> "wild " + w.name().toLowerCase();
        };
    }

    static String shape(Object o) {
        return switch (o) {
            case Pair(String _, Integer i) -> "string and " + i;
            case Pair(Integer _, _) -> "integer first";
            case Pair(_, Pair(_, var deep)) -> "nested right " + deep;
            case Pair _ -> "some pair";
            default -> "not a pair";
        };
    }

    public static void main(String[] args) {
        Early e = new Early(3);
        LOG.add("description: " + e.description);
        LOG.forEach(System.out::println);
        LOG.clear();
        Early viaText = new Early("four");
        LOG.add("description: " + viaText.description);
        LOG.forEach(System.out::println);
        LOG.clear();
        try {
            new Early(-1);
        } catch (IllegalArgumentException ex) {
            LOG.add("rejected before super: " + ex.getMessage());
        }
        LOG.forEach(System.out::println);
        LOG.clear();

        for (Animal a : new Animal[] {Pet.DOG, Pet.CAT, Wild.WOLF, Wild.BEAR}) {
            System.out.println(a + " " + sound(a));
        }
        Object[] things = {new Pair("s", 1), new Pair(1, "x"), new Pair("a", new Pair("b", "c")), new Pair("a", "b"), "x"};
        for (Object o : things) {
            System.out.println(o + " -> " + shape(o));
        }
        int count = 0;
        for (String _ : List.of("a", "b", "c")) {
            count++;
        }
        System.out.println("counted with unnamed loop variable: " + count);
        int failures = 0;
        for (String s : new String[] {"1", "x", "3", ""}) {
            try {
                Integer.parseInt(s);
            } catch (NumberFormatException _) {
                failures++;
            }
        }
        System.out.println("unnamed catch parameter counted failures: " + failures);
        java.util.function.BiFunction<Integer, Integer, Integer> first = (a, _) -> a;
        System.out.println("unnamed lambda parameter: " + first.apply(7, 9));
        var _ = LOG.add("side effect of an unnamed local");
        System.out.println("unnamed local evaluated: " + LOG);
        Object o = new Pair(new Pair(1, 2), 3);
        if (o instanceof Pair(Pair(var a, _), _)) {
            System.out.println("instanceof with unnamed: " + a);
        }
    }
}
