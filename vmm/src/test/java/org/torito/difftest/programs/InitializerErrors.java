package org.torito.difftest.programs;

/** A static initialiser that throws: ExceptionInInitializerError with the cause the first time, NoClassDefFoundError after, for static methods, fields and new; an Error thrown from clinit passes through unwrapped. */
public class InitializerErrors {
    static int attempts;

    static class Broken {
        static int value;

        static {
            attempts++;
            if (attempts > 0) {
                throw new IllegalStateException("broken init " + attempts);
            }
        }

        static int get() {
            return value;
        }
    }

    static class ThrowsError {
        static final String NAME;

        static {
            if (attempts >= 0) {
                throw new AssertionError("error from clinit");
            }
            NAME = "never";
        }
    }

    static class UsesBroken {
        static int derived = Broken.get() + 1;
    }

    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (Throwable t) {
            // the cause of a NoClassDefFoundError carries HotSpot's own record of the first failure: class only.
            // ExceptionInInitializerError is named by string: TeaVM 0.15's class library has no such class
            boolean initError = t.getClass().getName().equals("java.lang.ExceptionInInitializerError");
            Throwable c = t.getCause();
            String cause = c == null ? "none"
                    : initError ? c.getClass().getName() + ": " + c.getMessage()
                    : c.getClass().getName();
            String message = initError ? "" : " message " + t.getMessage();
            System.out.println(label + ": " + t.getClass().getName() + message + " cause " + cause);
        }
    }

    public static void main(String[] args) {
        attempt("first static call", () -> System.out.println(Broken.get()));
        attempt("second static call", () -> System.out.println(Broken.get()));
        attempt("field read", () -> System.out.println(Broken.value));
        attempt("instance", () -> System.out.println(new Broken() != null));
        System.out.println("attempts " + attempts);
        attempt("dependent class", () -> System.out.println(UsesBroken.derived));
        attempt("dependent class again", () -> System.out.println(UsesBroken.derived));
        attempt("error clinit", () -> System.out.println(ThrowsError.NAME));
        attempt("error clinit again", () -> System.out.println(ThrowsError.NAME));
        attempt("array of broken", () -> System.out.println(new Broken[2].length));
    }
}
