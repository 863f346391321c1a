package org.torito.difftest.programs;

/**
 * When class initializers run: superclass before subclass, not for compile-time constants,
 * interfaces only when their own fields are used, once even when re-entered.
 */
public class StaticInitOrder {
    static final StringBuilder LOG = new StringBuilder();

    static void log(String s) {
        System.out.println("init: " + s);
    }

    interface Marker {
        int CONSTANT = 7; // compile-time constant: using it initializes nothing
        Object NON_CONSTANT = record("Marker.NON_CONSTANT");
    }

    interface WithDefault {
        Object FIELD = record("WithDefault.FIELD");

        default String hello() {
            return "hello";
        }
    }

    static Object record(String what) {
        log(what);
        return what;
    }

    static class Base {
        static int baseCount;

        static {
            log("Base static block, baseCount=" + baseCount);
            baseCount = 1;
        }

        static final String BASE_NAME = record("Base.BASE_NAME").toString();

        Base() {
            log("Base() constructor, describe=" + describe());
        }

        String describe() {
            return "base";
        }
    }

    static class Derived extends Base implements Marker, WithDefault {
        static int derivedCount = record("Derived.derivedCount").hashCode() & 0;
        final String field = "initialized";

        static {
            log("Derived static block, baseCount=" + baseCount);
        }

        Derived() {
            super();
            log("Derived() constructor, field=" + field);
        }

        @Override
        String describe() {
            return "derived field=" + field; // runs before field initialization: null
        }
    }

    static class QuietParent {
        static {
            log("QuietParent static block");
        }
    }

    /** No initializer of its own: a static call still initializes its superclass first. */
    static class QuietChild extends QuietParent {
        static void ping() {
            log("QuietChild.ping");
        }
    }

    static class Lazy {
        static {
            log("Lazy static block");
        }

        static void touch() {
            log("Lazy.touch");
        }
    }

    static class OnlyConstant {
        static final int VALUE = 99;
        static final String TEXT = "const";

        static {
            log("OnlyConstant static block (should not run)");
        }
    }

    static class Cycle1 {
        static int a = Cycle2.b + 1;

        static {
            log("Cycle1 done, a=" + a);
        }
    }

    static class Cycle2 {
        static int b = Cycle1.a + 10;

        static {
            log("Cycle2 done, b=" + b);
        }
    }

    static class Thrower {
        static int value = explode();

        static int explode() {
            log("Thrower initializer");
            if (LOG.length() == 0) {
                throw new IllegalStateException("boom");
            }
            return 1;
        }
    }

    static class ArrayOnly {
        static {
            log("ArrayOnly static block (should not run)");
        }
    }

    public static void main(String[] args) {
        log("main start");
        System.out.println("constant " + Marker.CONSTANT + " " + OnlyConstant.VALUE + " " + OnlyConstant.TEXT);
        ArrayOnly[] none = new ArrayOnly[3];
        System.out.println("array of uninitialized class " + none.length);
        log("before new Derived");
        Derived d = new Derived();
        log("after new Derived: " + d.describe() + " " + d.hello());
        new Derived();
        log("second Derived done");
        log("interface field " + WithDefault.FIELD);
        log("marker field " + Marker.NON_CONSTANT);
        QuietChild.ping();
        QuietChild.ping();
        Lazy.touch();
        Lazy.touch();
        log("cycle: " + Cycle1.a + " " + Cycle2.b);
        for (int i = 0; i < 2; i++) {
            try {
                log("thrower value " + Thrower.value);
            } catch (Throwable t) {
                log("thrower: " + t.getClass().getName() + ": " + t.getMessage()
                        + (t.getCause() == null ? "" : " cause " + t.getCause().getClass().getName()));
            }
        }
        log("main end");
    }
}
