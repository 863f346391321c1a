package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Abstract classes whose constructors call overridable methods: subclass fields still at their defaults (0, null, false; final constants already set), initialisers running after, lambdas and this escaping during construction. */
public class ConstructorCallbacks {
    static final List<String> log = new ArrayList<>();

    abstract static class Base {
        final String description;
        final Supplier<String> late;

        Base() {
            log.add("Base() before describe");
            description = describe();
            late = this::describe;
            register(this);
        }

        abstract String describe();

        void registered() {
            log.add("Base.registered");
        }
    }

    static void register(Base b) {
        log.add("register " + b.getClass().getSimpleName() + " sees " + b.describe());
        b.registered();
    }

    static class Leaf extends Base {
        static final String CONSTANT = "const";
        final String finalField = "initialised";
        final int computed = compute();
        int counter = 5;
        boolean flag = true;
        String name;
        long big;

        {
            log.add("Leaf initialiser counter=" + counter);
        }

        Leaf(String name) {
            super();
            this.name = name;
            log.add("Leaf(" + name + ") body");
        }

        static int compute() {
            log.add("compute");
            return 42;
        }

        @Override
        String describe() {
            return "Leaf[" + CONSTANT + "," + finalField + "," + computed + "," + counter + "," + flag + "," + name + "," + big + "]";
        }

        @Override
        void registered() {
            counter += 100;
            log.add("Leaf.registered counter=" + counter);
        }
    }

    abstract static class Middle extends Base {
        final List<String> items = new ArrayList<>();

        Middle() {
            log.add("Middle() items=" + items);
        }

        @Override
        String describe() {
            return "Middle items=" + (items == null ? "null" : items.toString()) + " extra=" + extra();
        }

        abstract int extra();
    }

    static class Bottom extends Middle {
        int extraValue = 9;

        Bottom() {
            items.add("b");
            log.add("Bottom() done");
        }

        @Override
        int extra() {
            return extraValue;
        }
    }

    static void flush(String label) {
        for (String s : log) {
            System.out.println(label + ": " + s);
        }
        log.clear();
    }

    public static void main(String[] args) {
        Leaf leaf = new Leaf("leaf");
        flush("leaf");
        System.out.println("description " + leaf.description);
        System.out.println("late " + leaf.late.get());
        System.out.println("counter " + leaf.counter);

        Bottom bottom = new Bottom();
        flush("bottom");
        System.out.println("description " + bottom.description);
        System.out.println("late " + bottom.late.get());

        Base anon = new Base() {
            int seen = 3;

            @Override
            String describe() {
                return "anon seen=" + seen;
            }
        };
        flush("anon");
        System.out.println("description " + anon.description + " late " + anon.late.get());
    }
}
