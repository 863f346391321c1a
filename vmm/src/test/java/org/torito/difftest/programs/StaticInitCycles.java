package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;

/** Static initialisation cycles: a class reading another that reads it back mid-initialisation (defaults seen), constants inlined across the cycle, interface fields initialised only when read, nested classes initialised independently of their outer class. */
public class StaticInitCycles {
    static final List<String> log = new ArrayList<>();

    static class Ping {
        static final int CONST = 7;
        static int value = init("Ping.value", Pong.value + 1);
        static String seenPong = "Pong.value was " + Pong.value + ", Pong.CONST " + Pong.CONST;
    }

    static class Pong {
        static final int CONST = 11;
        static int value = init("Pong.value", Ping.value + 100);
        static String seenPing = "Ping.value was " + Ping.value + ", Ping.CONST " + Ping.CONST;
    }

    static int init(String name, int v) {
        log.add(name + "=" + v);
        return v;
    }

    static class Registry {
        static final List<String> NAMES = new ArrayList<>();
        static final Registry FIRST = new Registry("first");
        static int count = 10;
        static final Registry SECOND = new Registry("second");

        Registry(String name) {
            NAMES.add(name + "@" + count);
            count++;
        }
    }

    interface Defaults {
        int PLAIN = 5;
        String COMPUTED = StaticInitCycles.mark("Defaults.COMPUTED");
        List<String> LIST = List.of(StaticInitCycles.mark("Defaults.LIST"));
    }

    static class Implementor implements Defaults {
        static String own = mark("Implementor.own");
    }

    static String mark(String s) {
        log.add("init " + s);
        return s;
    }

    static class Outer {
        static String outerState = mark("Outer");

        static class Nested {
            static String nestedState = mark("Outer.Nested");
        }

        static String touchNested() {
            return Nested.nestedState;
        }
    }

    static class Lazy {
        static {
            log.add("Lazy clinit");
        }

        static final String LITERAL = "lit";
        static final String NON_CONSTANT = String.valueOf("nc");
        static final Integer BOXED = 3;
    }

    static void flush(String label) {
        System.out.println(label + ": " + log);
        log.clear();
    }

    public static void main(String[] args) {
        System.out.println("Pong.value first: " + Pong.value);
        flush("cycle");
        System.out.println("Ping.value " + Ping.value + " seen " + Ping.seenPong);
        System.out.println("Pong seen " + Pong.seenPing);

        System.out.println("registry " + Registry.NAMES + " count " + Registry.count);

        System.out.println("PLAIN " + Defaults.PLAIN);
        flush("after constant");
        System.out.println("own " + Implementor.own);
        flush("after implementor");
        System.out.println("via implementor " + Implementor.COMPUTED);
        flush("after COMPUTED");
        System.out.println("LIST " + Defaults.LIST);
        flush("after LIST");

        System.out.println("nested " + Outer.Nested.nestedState);
        flush("nested only");
        System.out.println("outer " + Outer.touchNested());
        flush("outer");

        System.out.println("literal " + Lazy.LITERAL);
        flush("literal");
        System.out.println("boxed " + Lazy.BOXED);
        flush("boxed");
        System.out.println("non-constant " + Lazy.NON_CONSTANT);
        flush("non-constant");
    }
}
