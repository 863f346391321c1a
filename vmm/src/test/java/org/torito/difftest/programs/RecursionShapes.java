package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntBinaryOperator;
import java.util.function.IntPredicate;

/** Recursion shapes: mutual recursion through three methods, through interfaces and lambdas held in fields and arrays, recursion building and walking object graphs (trees, linked lists) with objects live on every frame, and exceptions unwinding a deep recursion. */
public class RecursionShapes {
    static boolean isEven(int n) {
        return n == 0 || isOdd(n - 1);
    }

    static boolean isOdd(int n) {
        return n != 0 && isEven(n - 1);
    }

    static int a(int n) {
        return n <= 0 ? 1 : b(n - 1) + n;
    }

    static int b(int n) {
        return n <= 0 ? 2 : c(n - 1) * 2 % 1_000_003;
    }

    static int c(int n) {
        return n <= 0 ? 3 : a(n - 1) - 1;
    }

    record Node(int value, Node left, Node right) {
    }

    static Node build(int lo, int hi) {
        if (lo > hi) {
            return null;
        }
        int mid = (lo + hi) >>> 1;
        Node left = build(lo, mid - 1);
        Node right = build(mid + 1, hi);
        return new Node(mid, left, right);
    }

    static int height(Node n) {
        return n == null ? 0 : 1 + Math.max(height(n.left()), height(n.right()));
    }

    static void inorder(Node n, List<Integer> out, int limit) {
        if (n == null || out.size() >= limit) {
            return;
        }
        inorder(n.left(), out, limit);
        if (out.size() < limit) {
            out.add(n.value());
        }
        inorder(n.right(), out, limit);
    }

    static final class Cell {
        final String label;
        final Cell next;

        Cell(String label, Cell next) {
            this.label = label;
            this.next = next;
        }
    }

    static Cell chain(int n) {
        // each frame holds its own string and builder until the callee returns
        String label = "c" + n;
        StringBuilder local = new StringBuilder(label);
        Cell rest = n == 0 ? null : chain(n - 1);
        local.append('!');
        return new Cell(local.toString(), rest);
    }

    static long sumLabels(Cell c) {
        return c == null ? 0 : c.label.length() + sumLabels(c.next);
    }

    interface Walker {
        int walk(int depth);
    }

    static Walker evenWalker;
    static Walker oddWalker;

    static int throwAtBottom(int depth, List<String> unwound) {
        try {
            if (depth == 0) {
                throw new IllegalStateException("bottom");
            }
            return throwAtBottom(depth - 1, unwound) + 1;
        } finally {
            if (depth % 500 == 0) {
                unwound.add("d" + depth);
            }
        }
    }

    public static void main(String[] args) {
        System.out.println("isEven " + isEven(2000) + " " + isOdd(1999) + " " + isEven(1777));
        System.out.println("abc " + a(1500) + " " + b(7) + " " + c(1))
        ;
        Node root = build(1, 4095);
        List<Integer> first = new ArrayList<>();
        inorder(root, first, 10);
        System.out.println("tree height " + height(root) + " first " + first + " root " + root.value());

        Cell cells = chain(2500);
        System.out.println("chain head " + cells.label + " next " + cells.next.label + " sum " + sumLabels(cells));

        evenWalker = d -> d == 0 ? 0 : oddWalker.walk(d - 1) + 2;
        oddWalker = d -> d == 0 ? 1 : evenWalker.walk(d - 1) + 3;
        System.out.println("walkers " + evenWalker.walk(1000) + " " + oddWalker.walk(999));

        IntBinaryOperator[] ack = new IntBinaryOperator[1];
        ack[0] = (m, n) -> m == 0 ? n + 1 : n == 0 ? ack[0].applyAsInt(m - 1, 1) : ack[0].applyAsInt(m - 1, ack[0].applyAsInt(m, n - 1));
        System.out.println("ackermann(2,3) " + ack[0].applyAsInt(2, 3) + " (3,3) " + ack[0].applyAsInt(3, 3));

        IntPredicate[] collatzReaches = new IntPredicate[1];
        int[] steps = {0};
        collatzReaches[0] = n -> {
            steps[0]++;
            return n == 1 || collatzReaches[0].test(n % 2 == 0 ? n / 2 : 3 * n + 1);
        };
        System.out.println("collatz 27 " + collatzReaches[0].test(27) + " steps " + steps[0]);

        List<String> unwound = new ArrayList<>();
        try {
            throwAtBottom(2000, unwound);
        } catch (IllegalStateException e) {
            System.out.println("unwound " + e.getMessage() + " " + unwound);
        }
        Walker anon = new Walker() {
            @Override
            public int walk(int depth) {
                return depth <= 0 ? 0 : depth % 7 + walk(depth - 1);
            }
        };
        System.out.println("anonymous recursion " + anon.walk(2000));
    }
}
