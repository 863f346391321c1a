package org.torito.difftest.programs;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Custom exception hierarchies with fields, catch order and multi-catch, precise rethrow, cause chains, initCause rules, getLocalizedMessage, toString with and without messages. */
public class ExceptionHierarchies {
    static class AppException extends Exception {
        final int code;

        AppException(String message, int code) {
            super(message);
            this.code = code;
        }

        AppException(String message, int code, Throwable cause) {
            super(message, cause);
            this.code = code;
        }
    }

    static class NotFound extends AppException {
        final String resource;

        NotFound(String resource) {
            super("missing " + resource, 404);
            this.resource = resource;
        }
    }

    static final class Forbidden extends AppException {
        Forbidden(String who) {
            super(who + " may not", 403);
        }

        @Override
        public String getMessage() {
            return "[forbidden] " + super.getMessage();
        }
    }

    static final class Localized extends RuntimeException {
        Localized(String message) {
            super(message);
        }

        @Override
        public String getLocalizedMessage() {
            return "localized<" + getMessage() + ">";
        }
    }

    static final class NoMessage extends RuntimeException {
    }

    static void raise(int kind) throws AppException, IOException {
        switch (kind) {
            case 0 -> throw new NotFound("/a/b");
            case 1 -> throw new Forbidden("guest");
            case 2 -> throw new AppException("generic", 500);
            case 3 -> throw new IOException("disk");
            case 4 -> throw new IllegalArgumentException("bad arg");
            case 5 -> throw new UncheckedIOException("wrapped io", new IOException("inner io"));
            case 6 -> throw new ArrayIndexOutOfBoundsException(7);
            default -> {
            }
        }
    }

    static String classify(int kind) {
        try {
            raise(kind);
            return "none";
        } catch (NotFound e) {
            return "NotFound code=" + e.code + " resource=" + e.resource + " msg=" + e.getMessage();
        } catch (Forbidden | IOException e) {
            return "multi " + e.getClass().getName() + " msg=" + e.getMessage() + " isApp=" + (e instanceof AppException);
        } catch (AppException e) {
            return "AppException code=" + e.code + " " + e;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return "runtime multi " + e.getClass().getSimpleName() + " cause=" + e.getCause();
        } catch (RuntimeException e) {
            return "runtime " + e;
        }
    }

    // Precise rethrow: `e` is effectively final, so the compiler knows only these two types escape.
    static void preciseRethrow(int kind) throws NotFound, IOException {
        try {
            if (kind == 0) {
                throw new NotFound("x");
            }
            if (kind == 1) {
                throw new IOException("y");
            }
        } catch (Exception e) {
            System.out.println("  rethrowing " + e.getClass().getName());
            throw e;
        }
    }

    static String chain(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c.getClass().getSimpleName()).append('(').append(c.getMessage()).append(")>");
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        for (int k = 0; k <= 7; k++) {
            System.out.println("classify " + k + ": " + classify(k));
        }
        for (int k = 0; k < 3; k++) {
            try {
                preciseRethrow(k);
                System.out.println("  no exception " + k);
            } catch (NotFound e) {
                System.out.println("  caught NotFound " + e.resource);
            } catch (IOException e) {
                System.out.println("  caught IOException " + e.getMessage());
            }
        }

        RuntimeException top = new RuntimeException("top", new AppException("middle", 1, new IllegalStateException("root")));
        System.out.println("chain " + chain(top));
        Exception causeOnly = new Exception(new IllegalArgumentException("why"));
        System.out.println("cause-only message " + causeOnly.getMessage() + " | toString " + causeOnly);
        Exception nullCause = new Exception((Throwable) null);
        System.out.println("null cause message " + nullCause.getMessage() + " cause " + nullCause.getCause());

        Exception late = new Exception("late");
        Throwable returned = late.initCause(new ArithmeticException("set later"));
        System.out.println("initCause returns this " + (returned == late) + " " + chain(late));
        try {
            late.initCause(new RuntimeException("again"));
        } catch (IllegalStateException e) {
            System.out.println("second initCause " + e.getClass().getName());
        }
        try {
            new Exception("has cause", new RuntimeException()).initCause(null);
        } catch (IllegalStateException e) {
            System.out.println("initCause after ctor cause " + e.getClass().getName());
        }
        Exception selfish = new Exception("self");
        try {
            selfish.initCause(selfish);
        } catch (IllegalArgumentException e) {
            System.out.println("self-causation " + e.getClass().getName() + ": " + e.getMessage());
        }
        Exception nulled = new Exception("nulled");
        nulled.initCause(null);
        try {
            nulled.initCause(new RuntimeException());
        } catch (IllegalStateException e) {
            System.out.println("initCause(null) then again " + e.getClass().getName() + " cause " + nulled.getCause());
        }

        System.out.println("toString no message: " + new NoMessage() + " | " + new RuntimeException() + " | " + new IllegalStateException((String) null));
        System.out.println("toString message: " + new IllegalStateException("state") + " | empty '" + new RuntimeException("") + "'");
        System.out.println("localized: " + new Localized("hi") + " | getMessage " + new Localized("hi").getMessage() + " | getLocalizedMessage "
                + new Localized("hi").getLocalizedMessage() + " | default " + new RuntimeException("plain").getLocalizedMessage());
        System.out.println("overridden getMessage: " + new Forbidden("bob") + " | " + new Forbidden("bob").getLocalizedMessage());
        System.out.println("nested class names " + NotFound.class.getName() + " simple " + new NotFound("r").getClass().getSimpleName());
        System.out.println("AIOOBE(int) " + new ArrayIndexOutOfBoundsException(7).getMessage() + " | SIOOBE "
                + new StringIndexOutOfBoundsException(3).getMessage() + " | IOOBE " + new IndexOutOfBoundsException(-1).getMessage());
        Throwable err = new AssertionError("assertion text");
        Throwable errObj = new AssertionError(42);
        Throwable errCause = new AssertionError(new IOException("io as detail"));
        System.out.println("AssertionError " + err + " | " + errObj.getMessage() + " | " + errCause.getMessage() + " cause " + errCause.getCause());
        System.out.println("hierarchy " + (new NotFound("q") instanceof Exception) + " " + Exception.class.isAssignableFrom(NotFound.class) + " "
                + RuntimeException.class.isAssignableFrom(AppException.class) + " " + Error.class.getSuperclass().getName() + " "
                + UncheckedIOException.class.getSuperclass().getName());
        try {
            try {
                raise(0);
            } catch (AppException e) {
                throw new IllegalStateException("converted code " + e.code, e);
            }
        } catch (IllegalStateException | IOException e) {
            System.out.println("converted " + chain(e));
        }
    }
}
