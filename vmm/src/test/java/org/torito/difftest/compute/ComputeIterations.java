package org.torito.difftest.compute;

import java.util.function.Supplier;

/**
 * How the compute programs run: once, printing the result, when the suite runs them; with an
 * iteration count as second argument (ComputeSpeed), that many times, printing the result once
 * and each iteration's nanoseconds on stderr, so a JIT's steady state can be told from its
 * warm-up and an image's time measured the same way.
 */
public final class ComputeIterations {

    private ComputeIterations() {
    }

    public static void run(String[] args, Supplier<String> work) {
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        String first = null;
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            String result = work.get();
            long elapsed = System.nanoTime() - start;
            if (first == null) {
                first = result;
            } else if (!first.equals(result)) {
                throw new IllegalStateException("iteration " + i + " computed another result");
            }
            if (args.length > 1) {
                System.err.println("iteration ns " + elapsed);
            }
        }
        System.out.print(first);
    }
}
