package org.torito.difftest.programs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Rethrow with precise types: catch (Exception e) { throw e; } keeps the checked type, multi-catch of a hierarchy, generic throws clauses, exceptions escaping lambdas as checked ones. */
public class PreciseRethrowTypes {
    static class FirstException extends Exception {
        FirstException(String m) {
            super(m);
        }
    }

    static class SecondException extends Exception {
        SecondException(String m) {
            super(m);
        }
    }

    static class SubFirst extends FirstException {
        SubFirst(String m) {
            super(m);
        }
    }

    static final List<String> log = new ArrayList<>();

    static void thrower(int kind) throws FirstException, SecondException {
        switch (kind) {
            case 0 -> throw new FirstException("first");
            case 1 -> throw new SecondException("second");
            case 2 -> throw new SubFirst("sub");
            case 3 -> throw new IllegalStateException("unchecked");
            default -> log.add("no throw " + kind);
        }
    }

    // catch (Exception e) rethrown: the compiler knows only the two checked types escape
    static void precise(int kind) throws FirstException, SecondException {
        try {
            thrower(kind);
        } catch (Exception e) {
            log.add("precise saw " + e.getClass().getSimpleName());
            throw e;
        }
    }

    static String classify(int kind) {
        try {
            precise(kind);
            return "none";
        } catch (SubFirst e) {
            return "SubFirst:" + e.getMessage();
        } catch (FirstException | SecondException e) {
            return e.getClass().getSimpleName() + ":" + e.getMessage();
        } catch (RuntimeException e) {
            return "runtime:" + e.getMessage();
        }
    }

    @SuppressWarnings("unchecked")
    static <E extends Throwable> void sneaky(Throwable t) throws E {
        throw (E) t;
    }

    static <E extends Exception> void rethrowAs(Callable<?> c, Class<E> type) throws E {
        try {
            c.call();
        } catch (Exception e) {
            if (type.isInstance(e)) {
                throw type.cast(e);
            }
            throw new RuntimeException("wrapped " + e.getClass().getSimpleName(), e);
        }
    }

    interface ThrowingFunction<T, R, E extends Exception> {
        R apply(T t) throws E;
    }

    static <T, R, E extends Exception> List<R> mapAll(List<T> in, ThrowingFunction<T, R, E> f) throws E {
        List<R> out = new ArrayList<>();
        for (T t : in) {
            out.add(f.apply(t));
        }
        return out;
    }

    static int parse(String s) throws IOException {
        if (s.isEmpty()) {
            throw new IOException("empty at " + log.size());
        }
        return Integer.parseInt(s);
    }

    public static void main(String[] args) {
        for (int k = 0; k < 5; k++) {
            System.out.println(k + " -> " + classify(k));
        }
        System.out.println(log);

        try {
            PreciseRethrowTypes.<RuntimeException>sneaky(new IOException("sneaked"));
        } catch (Exception e) {
            System.out.println("sneaky caught " + e.getClass().getName() + " " + e.getMessage());
        }

        try {
            rethrowAs(() -> {
                throw new SecondException("typed");
            }, SecondException.class);
        } catch (SecondException e) {
            System.out.println("rethrowAs kept " + e.getMessage());
        } catch (RuntimeException e) {
            System.out.println("rethrowAs wrapped?? " + e.getMessage());
        }
        try {
            rethrowAs(() -> {
                throw new FirstException("other");
            }, SecondException.class);
        } catch (SecondException e) {
            System.out.println("wrong " + e);
        } catch (RuntimeException e) {
            System.out.println("rethrowAs " + e.getMessage() + " cause " + e.getCause().getMessage());
        }

        try {
            System.out.println(mapAll(List.of("1", "22", "333"), PreciseRethrowTypes::parse));
            System.out.println(mapAll(List.of("4", "", "6"), PreciseRethrowTypes::parse));
        } catch (IOException e) {
            System.out.println("mapAll IOException " + e.getMessage());
        }
        try {
            mapAll(List.of("7", "x"), PreciseRethrowTypes::parse);
        } catch (IOException e) {
            System.out.println("unexpected " + e);
        } catch (NumberFormatException e) {
            System.out.println("mapAll NFE " + e.getMessage());
        }

        // a catch parameter of a multi-catch is final; a rethrow from a nested handler keeps order
        int attempts = 0;
        while (true) {
            try {
                attempts++;
                try {
                    thrower(attempts % 3);
                } catch (FirstException | SecondException e) {
                    if (attempts < 4) {
                        continue;
                    }
                    throw new IllegalStateException("gave up after " + attempts, e);
                } finally {
                    log.add("attempt " + attempts);
                }
                break;
            } catch (IllegalStateException e) {
                System.out.println(e.getMessage() + " cause " + e.getCause().getClass().getSimpleName());
                break;
            }
        }
        System.out.println("attempts " + attempts + " " + log.subList(log.size() - 4, log.size()));
    }
}
