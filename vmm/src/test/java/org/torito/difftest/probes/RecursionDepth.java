package org.torito.difftest.probes;

/**
 * How deep three shapes of recursion go before StackOverflowError: plain, with locals, and
 * through try/finally. Prints "shape depth" per shape, the deepest of three rounds (HotSpot's
 * depth grows once the JIT has compiled the method: its compiled frames are smaller than its
 * interpreter's). {@code StackDepthTest} runs it on HotSpot with a 1 MiB thread stack and in a
 * guest, and asks that the guest go at least as deep.
 */
public final class RecursionDepth {
    private static int depth;
    private static int sink;

    private RecursionDepth() {
    }

    static long plain(int n) {
        depth++;
        return plain(n + 1) + 1;
    }

    static long withLocals(int n, long a, double b) {
        depth++;
        long c = a * 3 + n;
        double d = b * 1.5 + c;
        int e = (int) (c ^ n);
        return withLocals(n + 1, c, d) + e + (long) d;
    }

    static long withFinally(int n) {
        depth++;
        try {
            return withFinally(n + 1) + 1;
        } finally {
            sink += n;
        }
    }

    private interface Shape {
        void run();
    }

    private static int deepest(Shape shape) {
        int best = 0;
        for (int round = 0; round < 3; round++) {
            depth = 0;
            try {
                shape.run();
            } catch (StackOverflowError e) {
                best = Math.max(best, depth);
            }
        }
        return best;
    }

    public static void main(String[] args) {
        System.out.println("plain " + deepest(() -> plain(0)));
        System.out.println("locals " + deepest(() -> withLocals(0, 1, 1.0)));
        System.out.println("finally " + deepest(() -> withFinally(0)));
    }
}
