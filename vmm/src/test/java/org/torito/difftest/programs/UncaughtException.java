package org.torito.difftest.programs;

/**
 * Ends with an exception nobody catches: HotSpot keeps the output already written, reports the
 * exception on stderr and exits with 1. The stack runs through a few frames and a finally.
 */
public class UncaughtException {
    public static void main(String[] args) {
        System.out.println("before the exception");
        System.out.print("unterminated line");
        try {
            fail(3);
        } finally {
            System.out.print(" [finally ran]");
        }
        System.out.println("unreachable");
    }

    private static void fail(int depth) {
        if (depth == 0) {
            throw new IllegalStateException("thrown on purpose");
        }
        fail(depth - 1);
    }
}
