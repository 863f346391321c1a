package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;

/** Object construction order: field initialisers and instance blocks in text order, this(...) chaining, super constructors first; static nested classes initialised on first use; interface constants initialised lazily. */
public class InstanceInitOrder {
    static final List<String> LOG = new ArrayList<>();

    static String log(String s) {
        LOG.add(s);
        return s;
    }

    static int logInt(String s, int v) {
        LOG.add(s + "=" + v);
        return v;
    }

    static class Parent {
        String p1 = log("Parent.p1");

        {
            log("Parent.block");
        }

        Parent() {
            this("default");
            log("Parent()");
        }

        Parent(String how) {
            log("Parent(" + how + ")");
            hook();
        }

        void hook() {
            log("Parent.hook");
        }
    }

    static class Child extends Parent {
        int a = logInt("Child.a", 1);

        {
            log("Child.block1 a=" + a + " b=" + b());
        }

        int b = logInt("Child.b", a + 1);

        {
            log("Child.block2 b=" + b);
        }

        Child() {
            this(5);
            log("Child() a=" + a + " b=" + b);
        }

        Child(int x) {
            super("from child " + x);
            log("Child(int) a=" + a);
            a = x;
        }

        int b() {
            return b;
        }

        @Override
        void hook() {
            log("Child.hook a=" + a + " b=" + b);
        }
    }

    static class Holder {
        static final String CONSTANT = "compile-time";
        static final String COMPUTED = log("Holder.COMPUTED");

        static {
            log("Holder.<clinit>");
        }

        static void touch() {
            log("Holder.touch");
        }
    }

    static class Lazy {
        static {
            log("Lazy.<clinit>");
        }

        static class Inner {
            static {
                log("Lazy.Inner.<clinit>");
            }

            static int value = logInt("Lazy.Inner.value", 9);
        }
    }

    interface Constants {
        int FIXED = 12;
        String DYNAMIC = log("Constants.DYNAMIC");
    }

    static class Implementor implements Constants {
        static {
            log("Implementor.<clinit>");
        }
    }

    static class Counter {
        static int instances;
        final int id;

        {
            id = ++instances;
        }

        Counter() {
        }

        Counter(String ignored) {
            this();
        }
    }

    static void flush(String title) {
        System.out.println(title + ":");
        for (String s : LOG) {
            System.out.println("  " + s);
        }
        LOG.clear();
    }

    public static void main(String[] args) {
        new Child();
        flush("new Child()");
        new Child(7);
        flush("new Child(7)");
        new Parent();
        flush("new Parent()");

        System.out.println("constant: " + Holder.CONSTANT);
        flush("after Holder.CONSTANT");
        Holder.touch();
        flush("after Holder.touch()");
        Holder.touch();
        flush("after second touch");

        System.out.println("Lazy.Inner.value: " + Lazy.Inner.value);
        flush("after Lazy.Inner.value");

        System.out.println("Constants.FIXED: " + Constants.FIXED);
        flush("after FIXED");
        new Implementor();
        flush("after new Implementor()");
        System.out.println("Constants.DYNAMIC: " + Constants.DYNAMIC);
        flush("after DYNAMIC");

        Counter c1 = new Counter();
        Counter c2 = new Counter("x");
        Counter c3 = new Counter();
        System.out.println("counter ids: " + c1.id + " " + c2.id + " " + c3.id + " instances " + Counter.instances);
    }
}
