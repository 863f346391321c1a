package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;

/** What initialises a class (JLS 12.4.1) and what does not: array creation, class literals, constant variables, declaring a variable, null casts, and instanceof do not; a static method call, a static field read or write, `new`, and a non-constant static final do, once. (Superclass-first ordering is StaticInitOrder's subject.) */
public class ClassInitTriggers {
    static final List<String> LOG = new ArrayList<>();

    static class ByArray {
        static {
            LOG.add("ByArray init");
        }
    }

    static class ByLiteral {
        static {
            LOG.add("ByLiteral init");
        }
    }

    static class ByConstant {
        static final int CONST = 5;
        static final String TEXT = "text";
        static final Integer BOXED = 6;

        static {
            LOG.add("ByConstant init");
        }
    }

    static class ByStaticWrite {
        static int value;

        static {
            LOG.add("ByStaticWrite init value=" + value);
            value = 100;
        }
    }

    static class ByStaticRead {
        static int value = 7;

        static {
            LOG.add("ByStaticRead init");
        }
    }

    static class ByMethod {
        static {
            LOG.add("ByMethod init");
        }

        static int call() {
            return 11;
        }
    }

    static class ByNew {
        static int instances;

        static {
            LOG.add("ByNew init instances=" + instances);
        }

        ByNew() {
            instances++;
        }
    }

    static class Unused {
        static {
            LOG.add("Unused init");
        }

        static String describe() {
            return "unused";
        }
    }

    interface Marker {
        int FIELD = ClassInitTriggers.note("Marker field");
    }

    static class Holder {
        static final Holder INSTANCE = new Holder();
        static int counter = 10;
        final int seen;

        Holder() {
            // Runs during Holder's <clinit>, before counter's initialiser: counter is still 0.
            seen = counter;
            counter++;
        }
    }

    static int note(String s) {
        LOG.add(s);
        return 1;
    }

    static void flush(String step) {
        System.out.println(step + ": " + (LOG.isEmpty() ? "-" : String.join(", ", LOG)));
        LOG.clear();
    }

    public static void main(String[] args) {
        ByArray[] arr = new ByArray[3];
        flush("array of ByArray (length " + arr.length + ")");
        ByArray[][] grid = new ByArray[2][2];
        flush("2-D array (" + grid.length + ")");
        Class<?> c = ByLiteral.class;
        flush("class literal " + c.getSimpleName());
        System.out.println("constants " + ByConstant.CONST + " " + ByConstant.TEXT);
        flush("after constant variables");
        System.out.println("boxed static final " + ByConstant.BOXED);
        flush("after non-constant static final");
        Unused declared = null;
        Object o = "x";
        boolean isUnused = o instanceof Unused;
        Unused cast = (Unused) null;
        flush("declare, instanceof (" + isUnused + "), null cast (" + (cast == declared) + ")");
        ByStaticWrite.value = 5;
        flush("static write, value now " + ByStaticWrite.value);
        int r = ByStaticRead.value;
        flush("static read " + r);
        System.out.println("method " + ByMethod.call() + " " + ByMethod.call());
        flush("after two static calls");
        new ByNew();
        new ByNew();
        flush("two news, instances " + ByNew.instances);
        System.out.println("Marker.FIELD " + Marker.FIELD);
        flush("after interface field");
        Marker m = new Marker() {
        };
        flush("anonymous Marker " + (m != null));
        System.out.println("Holder.INSTANCE.seen " + Holder.INSTANCE.seen + " counter " + Holder.counter);
        System.out.println("Unused only now: " + Unused.describe());
        flush("after Unused.describe");
    }
}
