package org.torito.difftest.programs;

/** Throwable's own rules: addSuppressed (self, null, order, copies), initCause (self, twice, after a cause constructor), getCause chains, toString with and without messages, getLocalizedMessage overrides. */
public class ThrowableSuppressionRules {
    static class AppException extends Exception {
        final int code;

        AppException(String message, int code) {
            super(message);
            this.code = code;
        }

        AppException(String message, Throwable cause, int code) {
            super(message, cause);
            this.code = code;
        }
    }

    static class Localized extends IllegalStateException {
        Localized(String message) {
            super(message);
        }

        @Override
        public String getLocalizedMessage() {
            return "[loc] " + getMessage();
        }
    }

    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + " " + e.getMessage());
        }
    }

    static void chain(Throwable t) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        for (Throwable c = t; c != null && depth < 10; c = c.getCause(), depth++) {
            sb.append(depth == 0 ? "" : " <- ").append(c);
        }
        System.out.println("chain: " + sb);
    }

    public static void main(String[] args) {
        RuntimeException base = new RuntimeException("base");
        attempt("self-suppression", () -> base.addSuppressed(base));
        attempt("null-suppression", () -> base.addSuppressed(null));
        base.addSuppressed(new IllegalArgumentException("one"));
        base.addSuppressed(new IllegalStateException("two"));
        base.addSuppressed(new IllegalArgumentException("one"));
        Throwable[] sup = base.getSuppressed();
        System.out.println("suppressed count " + sup.length);
        for (Throwable s : sup) {
            System.out.println("  " + s);
        }
        sup[0] = null;
        System.out.println("copy returned: " + (base.getSuppressed()[0] != null));

        RuntimeException selfCause = new RuntimeException("sc");
        attempt("self-causation", () -> selfCause.initCause(selfCause));
        attempt("first initCause", () -> selfCause.initCause(new Error("e1")));
        attempt("second initCause", () -> selfCause.initCause(new Error("e2")));
        System.out.println("cause " + selfCause.getCause());

        RuntimeException withCause = new RuntimeException("wc", new ArithmeticException("div"));
        attempt("initCause after ctor cause", () -> withCause.initCause(new Error("late")));
        RuntimeException nullCause = new RuntimeException("nc", null);
        attempt("initCause after ctor null cause", () -> nullCause.initCause(new Error("late")));

        chain(new AppException("top", new IllegalStateException("mid", new ArithmeticException("root")), 3));
        chain(new RuntimeException(new IllegalArgumentException(new NullPointerException("deep"))));
        chain(new RuntimeException((Throwable) null));
        chain(new Exception());
        chain(new Error(""));

        AppException app = new AppException("coded", 42);
        System.out.println(app + " code=" + app.code + " cause=" + app.getCause());
        Localized loc = new Localized("msg");
        System.out.println("toString uses localized: " + loc);
        System.out.println("getMessage: " + loc.getMessage());
        Localized nullMsg = new Localized(null);
        System.out.println("null message: " + nullMsg);

        try {
            try {
                throw new AppException("inner", 1);
            } catch (AppException e) {
                RuntimeException wrapper = new RuntimeException("wrapped " + e.code, e);
                wrapper.addSuppressed(new AppException("side", 2));
                throw wrapper;
            }
        } catch (RuntimeException e) {
            System.out.println(e.getMessage() + " / " + e.getCause().getMessage() + " / "
                    + ((AppException) e.getSuppressed()[0]).code);
            Throwable c = e.getCause();
            System.out.println("cause is AppException: " + (c instanceof AppException ae && ae.code == 1));
        }

        StackOverflowError soe = new StackOverflowError("so");
        AssertionError ae = new AssertionError("assert", new IllegalStateException("why"));
        System.out.println(soe + " | " + soe.getCause() + " | " + ae + " | " + ae.getCause());
    }
}
