package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * StackOverflowError: unbounded recursion of several shapes throws it, a program catches it
 * (as itself, as Error, as Throwable), it passes handlers for other types, finally blocks run
 * on the way out, and it happens again and again (the check re-arms). Depths are machine facts,
 * so only "deeper than 1 000" is printed; RecursionDepth measures them.
 */
public class StackOverflowRecovery {
    static int depth;
    static int finallies;
    static IntUnaryOperator viaLambda;

    static int plain(int n) {
        depth++;
        return plain(n + 1) + 1;
    }

    static long withLocals(int n, long a, double b) {
        depth++;
        long c = a * 31 + n;
        double d = b * 0.5 + n;
        return withLocals(n + 1, c % 1_000_003, d) + (long) d;
    }

    static int withFinally(int n) {
        depth++;
        try {
            return withFinally(n + 1) + 1;
        } finally {
            finallies++;
        }
    }

    static int passingOtherHandlers(int n) {
        depth++;
        try {
            return passingOtherHandlers(n + 1) + 1;
        } catch (IllegalStateException | ArithmeticException e) {
            return -1;
        }
    }

    static int even(int n) {
        depth++;
        return odd(n + 1);
    }

    static int odd(int n) {
        return even(n + 1) + 1;
    }

    interface Chain {
        int next(int n);
    }

    static final Chain VIA_INTERFACE = new Chain() {
        @Override
        public int next(int n) {
            depth++;
            return this.next(n + 1) + 1;
        }
    };

    static String building(int n, String s) {
        depth++;
        return building(n + 1, s.length() > 8 ? s.substring(1) + n % 10 : s + n % 10);
    }

    static long sumTo(int n) {
        return n == 0 ? 0 : n + sumTo(n - 1);
    }

    interface Shape {
        void run();
    }

    static void overflow(String name, Shape shape) {
        for (int round = 0; round < 3; round++) {
            depth = 0;
            try {
                shape.run();
                System.out.println(name + ": returned");
            } catch (StackOverflowError e) {
                System.out.println(name + " round " + round + ": " + e.getClass().getName() + ", message " + e.getMessage()
                        + ", deeper than 1000: " + (depth > 1000));
            }
        }
    }

    public static void main(String[] args) {
        overflow("plain", () -> plain(0));
        overflow("locals", () -> withLocals(0, 1, 1.0));
        finallies = 0;
        overflow("finally", () -> withFinally(0));
        System.out.println("finally blocks ran: " + (finallies > 3000));
        overflow("other handlers", () -> passingOtherHandlers(0));
        overflow("mutual", () -> even(0));
        overflow("interface", () -> VIA_INTERFACE.next(0));
        viaLambda = n -> {
            depth++;
            return viaLambda.applyAsInt(n + 1) + 1;
        };
        overflow("lambda", () -> viaLambda.applyAsInt(0));
        overflow("strings", () -> building(0, ""));

        try {
            plain(0);
        } catch (Error e) {
            System.out.println("caught as Error: " + e.getClass().getSimpleName());
        }
        try {
            plain(0);
        } catch (Throwable t) {
            System.out.println("caught as Throwable: " + (t instanceof StackOverflowError));
        }

        // An overflow inside a handler of another overflow: the second one is caught outside.
        try {
            try {
                plain(0);
            } catch (StackOverflowError first) {
                plain(0);
            }
        } catch (StackOverflowError second) {
            System.out.println("overflow inside a handler caught outside it");
        }

        // A list that holds itself: its hashCode recurses until the stack ends.
        List<Object> self = new ArrayList<>();
        self.add(1);
        self.add(self);
        try {
            System.out.println("self hashCode " + self.hashCode());
        } catch (StackOverflowError e) {
            System.out.println("a list that holds itself: hashCode overflows");
        }

        // The stack is whole again: ordinary deep calls after all of that.
        System.out.println("sumTo(2000) after overflows: " + sumTo(2000));
    }
}
