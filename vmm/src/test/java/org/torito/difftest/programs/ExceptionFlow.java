package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;

/** try/catch/finally control flow: returns in finally, nesting, causes, suppressed, try-with-resources. */
public class ExceptionFlow {
    static final List<String> trace = new ArrayList<>();

    static class AppException extends Exception {
        final int code;

        AppException(String message, int code, Throwable cause) {
            super(message, cause);
            this.code = code;
        }
    }

    static class Resource implements AutoCloseable {
        final String name;
        final boolean failOnClose;

        Resource(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            trace.add("open " + name);
        }

        @Override
        public void close() {
            trace.add("close " + name);
            if (failOnClose) {
                throw new IllegalStateException("close failed: " + name);
            }
        }
    }

    @SuppressWarnings("finally")
    static int returnInFinally() {
        try {
            throw new RuntimeException("lost");
        } finally {
            return 1;
        }
    }

    @SuppressWarnings("finally")
    static int finallyOverridesReturn() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    static int finallyDoesNotChangeReturnedValue() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
            trace.add("finally saw x=" + x);
        }
    }

    static String nested(int mode) {
        StringBuilder sb = new StringBuilder();
        try {
            sb.append("a");
            try {
                sb.append("b");
                if (mode == 1) {
                    throw new IllegalArgumentException("inner");
                }
                if (mode == 2) {
                    throw new UnsupportedOperationException("outer-only");
                }
                if (mode == 3) {
                    return sb.append("R").toString();
                }
                sb.append("c");
            } catch (IllegalArgumentException e) {
                sb.append("[caught ").append(e.getMessage()).append("]");
                if (mode == 1) {
                    throw new IllegalStateException("rethrown", e);
                }
            } finally {
                sb.append("F1");
            }
            sb.append("d");
        } catch (IllegalStateException | UnsupportedOperationException e) {
            sb.append("[outer ").append(e.getClass().getSimpleName()).append(" cause=")
                    .append(e.getCause() == null ? "none" : e.getCause().getMessage()).append("]");
        } finally {
            sb.append("F2");
        }
        return sb.toString();
    }

    static int loopWithFinally() {
        int count = 0;
        for (int i = 0; i < 10; i++) {
            try {
                if (i % 3 == 0) {
                    continue;
                }
                if (i == 8) {
                    break;
                }
                count += i;
            } finally {
                count += 100;
            }
        }
        return count;
    }

    static void level3(int depth) throws AppException {
        try {
            int[] a = new int[1];
            a[depth] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new AppException("level3 failed", 3, e);
        }
    }

    static void level2() throws AppException {
        try {
            level3(5);
        } catch (AppException e) {
            throw new AppException("level2 failed", 2, e);
        }
    }

    public static void main(String[] args) {
        System.out.println("returnInFinally " + returnInFinally());
        System.out.println("finallyOverridesReturn " + finallyOverridesReturn());
        System.out.println("finallyDoesNotChangeReturnedValue " + finallyDoesNotChangeReturnedValue());
        for (int mode = 0; mode < 4; mode++) {
            System.out.println("nested " + mode + " " + nested(mode));
        }
        System.out.println("loopWithFinally " + loopWithFinally());
        try {
            level2();
        } catch (AppException e) {
            Throwable t = e;
            while (t != null) {
                System.out.println("chain " + t.getClass().getName() + " msg=" + (t instanceof AppException a ? a.getMessage() + " code=" + a.code : "(runtime)"));
                t = t.getCause();
            }
        }
        try (Resource a = new Resource("a", false); Resource b = new Resource("b", false); Resource c = new Resource("c", false)) {
            trace.add("body");
            throw new RuntimeException("body failed");
        } catch (RuntimeException e) {
            trace.add("caught " + e.getClass().getName() + " " + e.getMessage() + ", suppressed " + e.getSuppressed().length);
        } finally {
            trace.add("finally");
        }
        // The body and two close()s throw: the body's exception wins, the others are suppressed.
        try (Resource a = new Resource("s1", true); Resource b = new Resource("s2", true)) {
            trace.add("body3");
            throw new RuntimeException("body3 failed");
        } catch (RuntimeException e) {
            StringBuilder suppressed = new StringBuilder();
            for (Throwable s : e.getSuppressed()) {
                suppressed.append(' ').append(s.getClass().getSimpleName()).append(':').append(s.getMessage());
            }
            trace.add("caught " + e.getMessage() + ", suppressed" + suppressed);
        }
        RuntimeException quiet = new RuntimeException("quiet", null, false, false) {
        };
        quiet.addSuppressed(new Error("ignored"));
        trace.add("suppression disabled: " + quiet.getSuppressed().length);
        try (Resource a = new Resource("only", true)) {
            trace.add("body2");
        } catch (IllegalStateException e) {
            trace.add("close exception surfaced: " + e.getMessage());
        }
        for (String t : trace) {
            System.out.println(t);
        }
        Throwable custom = new Throwable("plain");
        Exception noMsg = new Exception();
        Exception causeOnly = new Exception(new IllegalArgumentException("root"));
        System.out.println("messages " + custom.getMessage() + " " + noMsg.getMessage() + " " + causeOnly.getCause().getMessage()
                + " | " + causeOnly.getMessage() + " | " + new RuntimeException((Throwable) null).getMessage()
                + " | " + custom + " | " + noMsg + " | " + new AppException("m", 1, null).getLocalizedMessage());
        RuntimeException init = new RuntimeException("x");
        init.initCause(new Error("e"));
        try {
            init.initCause(new Error("again"));
        } catch (IllegalStateException e) {
            System.out.println("initCause twice: " + e.getClass().getName());
        }
        try {
            throw new Error("custom error");
        } catch (Throwable t) {
            System.out.println("caught Error: " + t.getMessage() + " " + (t instanceof Exception));
        }
        int caught = 0;
        for (int i = 0; i < 10_000; i++) {
            try {
                if (i % 2 == 0) {
                    throw new IllegalStateException("i=" + i);
                }
            } catch (IllegalStateException e) {
                caught += e.getMessage().length();
            }
        }
        System.out.println("many throws " + caught);
    }
}
