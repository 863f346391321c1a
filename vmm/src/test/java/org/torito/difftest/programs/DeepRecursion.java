package org.torito.difftest.programs;

/**
 * Deep recursion of several shapes that must come back with the right values. DEPTH = 3 000 is
 * far inside a guest core's 8 MiB stack (the hosted run gets the same limit through ulimit -s);
 * how deep a guest can go, and what happens past that, is StackDepthTest's and
 * StackOverflowRecovery's (docs/differential-suite.md, "Stack depth").
 */
public class DeepRecursion {
    static final int DEPTH = 3_000;

    static long sumTo(int n) {
        return n == 0 ? 0 : n + sumTo(n - 1);
    }

    static long withLocals(int n, long a, double b) {
        if (n == 0) {
            return a + (long) b;
        }
        long x = a * 31 + n;
        double y = b * 0.5 + n;
        String tag = (n & 1023) == 0 ? "t" + n : null;
        long r = withLocals(n - 1, x % 1_000_003, y);
        return r + (tag == null ? 0 : tag.length());
    }

    static boolean isEven(int n) {
        return n == 0 || isOdd(n - 1);
    }

    static boolean isOdd(int n) {
        return n != 0 && isEven(n - 1);
    }

    static int ackermann(int m, int n) {
        if (m == 0) {
            return n + 1;
        }
        if (n == 0) {
            return ackermann(m - 1, 1);
        }
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static int throwFromDepth(int n) {
        if (n == 0) {
            throw new IllegalStateException("bottom");
        }
        try {
            return throwFromDepth(n - 1) + 1;
        } finally {
            finallyCount++;
        }
    }

    static int finallyCount;

    static final class Node {
        final int value;
        final Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    static long sumList(Node n) {
        return n == null ? 0 : n.value + sumList(n.next);
    }

    public static void main(String[] args) {
        System.out.println("sumTo " + sumTo(DEPTH));
        System.out.println("withLocals " + withLocals(DEPTH, 1, 1.0));
        System.out.println("mutual " + isEven(DEPTH) + " " + isOdd(DEPTH + 1));
        System.out.println("ackermann(2,500) " + ackermann(2, 500) + " ackermann(3,6) " + ackermann(3, 6));
        try {
            throwFromDepth(DEPTH / 2);
        } catch (IllegalStateException e) {
            System.out.println("unwound " + e.getMessage() + " through " + finallyCount + " finally blocks");
        }
        Node head = null;
        for (int i = 0; i < DEPTH; i++) {
            head = new Node(i, head);
        }
        System.out.println("list " + sumList(head));
        for (int round = 0; round < 20; round++) {
            if (sumTo(DEPTH / 2) != (long) (DEPTH / 2) * (DEPTH / 2 + 1) / 2) {
                System.out.println("wrong sum in round " + round);
            }
        }
        System.out.println("repeated deep calls done");
    }
}
