package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Exception rules of the language: `throw null`, multi-catch and precise rethrow, finally replacing a return or an exception, the returned value fixed before finally runs, custom getMessage/toString, exceptions from field initialisers and iterators, catch order. */
public class ExceptionLanguageRules {
    static class AppException extends Exception {
        final int code;

        AppException(int code) {
            super("code " + code);
            this.code = code;
        }

        @Override
        public String getMessage() {
            return "custom[" + super.getMessage() + "]";
        }
    }

    static class Quiet extends RuntimeException {
        @Override
        public String toString() {
            return "Quiet!";
        }
    }

    static class FailingField {
        final int value = compute();

        static int compute() {
            throw new IllegalStateException("field initialiser");
        }
    }

    static int returnedBeforeFinally() {
        int x = 1;
        try {
            return x;
        } finally {
            x = 99;
        }
    }

    static int[] returnedArrayMutatedInFinally() {
        int[] box = {1};
        try {
            return box;
        } finally {
            box[0] = 99;
        }
    }

    @SuppressWarnings("finally")
    static String finallyReturnWins() {
        try {
            throw new IllegalStateException("lost");
        } finally {
            return "finally wins";
        }
    }

    static String finallyThrowWins() {
        try {
            try {
                throw new IllegalStateException("first");
            } finally {
                throw new UnsupportedOperationException("second");
            }
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + " " + e.getMessage() + " suppressed " + e.getSuppressed().length;
        }
    }

    static void preciseRethrow(int which) throws AppException {
        try {
            if (which == 0) {
                throw new AppException(7);
            }
            if (which == 1) {
                throw new IllegalArgumentException("iae");
            }
        } catch (Exception e) {
            throw e;
        }
    }

    static String multiCatch(int which) {
        try {
            switch (which) {
                case 0 -> throw new IllegalArgumentException("a");
                case 1 -> throw new ArrayIndexOutOfBoundsException("b");
                case 2 -> throw new NullPointerException("c");
                default -> {
                    return "none";
                }
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return "multi " + e.getClass().getSimpleName() + " " + e.getMessage();
        } catch (RuntimeException e) {
            return "runtime " + e.getClass().getSimpleName() + " " + e.getMessage();
        }
    }

    static String nestedOrder() {
        StringBuilder sb = new StringBuilder();
        try {
            try {
                try {
                    sb.append("t3 ");
                    throw new Quiet();
                } finally {
                    sb.append("f3 ");
                }
            } catch (IllegalStateException e) {
                sb.append("wrong ");
            } finally {
                sb.append("f2 ");
            }
        } catch (Quiet q) {
            sb.append("caught ").append(q).append(' ');
        } finally {
            sb.append("f1");
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        try {
            throw null;
        } catch (NullPointerException e) {
            System.out.println("throw null: " + e.getClass().getName());
        }
        RuntimeException none = null;
        try {
            if (args.length >= 0) {
                throw none;
            }
        } catch (NullPointerException e) {
            System.out.println("throw null variable: " + e.getClass().getName());
        }
        for (int i = 0; i < 3; i++) {
            try {
                preciseRethrow(i);
                System.out.println("precise " + i + ": no exception");
            } catch (AppException e) {
                System.out.println("precise " + i + ": " + e.getMessage() + " code " + e.code + " toString " + e);
            } catch (RuntimeException e) {
                System.out.println("precise " + i + ": " + e);
            }
        }
        for (int i = 0; i < 4; i++) {
            System.out.println(multiCatch(i));
        }
        System.out.println("returned before finally: " + returnedBeforeFinally());
        System.out.println("returned array mutated in finally: " + returnedArrayMutatedInFinally()[0]);
        System.out.println(finallyReturnWins());
        System.out.println(finallyThrowWins());
        System.out.println("nested order: " + nestedOrder());
        try {
            new FailingField();
        } catch (IllegalStateException e) {
            System.out.println("field initialiser: " + e.getMessage());
        }
        System.out.println("quiet toString: " + new Quiet() + " message " + new Quiet().getMessage());
        // An exception from the iterator a for-each loop calls (ArrayList's own exhausted iterator is a known, routed difference).
        Iterable<Integer> failing = () -> new Iterator<Integer>() {
            int next = 1;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                if (next > 3) {
                    throw new IllegalStateException("iterator broke at " + next);
                }
                return next++;
            }
        };
        int sum = 0;
        try {
            for (int v : failing) {
                sum += v;
            }
        } catch (IllegalStateException e) {
            System.out.println("for-each iterator threw after sum " + sum + ": " + e.getMessage());
        }
        List<Integer> list = new ArrayList<>(List.of(1, 2, 3));
        try {
            for (Integer v : list) {
                sum += v;
                list.set(0, v * 10);
            }
            System.out.println("set during for-each allowed: " + list + " sum " + sum);
        } catch (RuntimeException e) {
            System.out.println("set during for-each: " + e.getClass().getName());
        }
        int attempts = 0;
        while (true) {
            try {
                attempts++;
                if (attempts < 4) {
                    throw new IllegalStateException("retry");
                }
                break;
            } catch (IllegalStateException e) {
                continue;
            } finally {
                System.out.print("f" + attempts + " ");
            }
        }
        System.out.println("attempts " + attempts);
        Exception caught = null;
        try {
            Object o = "str";
            Integer n = (Integer) o;
            System.out.println("no cast failure " + n);
        } catch (ClassCastException e) {
            caught = e;
            e = null;
        }
        System.out.println("catch parameter reassigned, saved: " + (caught instanceof ClassCastException));
        Throwable chain = new RuntimeException("outer", new AppException(3));
        System.out.println("cause: " + chain.getCause().getMessage() + " / " + chain.getMessage());
        try {
            throw new Error("custom error");
        } catch (Throwable t) {
            System.out.println("Error caught as Throwable: " + t);
        }
    }
}
