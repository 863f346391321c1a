package org.torito.examples;

import org.torito.guest.Channel;
import org.torito.guest.CoreTask;
import org.torito.guest.Cores;
import org.torito.guest.Kernel;

/**
 * Counts the primes below N (first argument, default 3000000) by trial division, a CPU-bound
 * job split over every core: core k tests the odd numbers 2i+1 with i = k mod cores, which
 * balances the work. Each core reports its count over a channel; core 0 prints the total and
 * the elapsed time, so runs with different --cpus show the speed-up.
 */
public final class ParallelSum {

    private ParallelSum() {
    }

    /** On cores 1..N-1: counts its share (limit, cores in the arguments), sends the count to core 0. */
    public static final class Share implements CoreTask {
        @Override
        public void run(byte[] args) {
            long count = countShare(Bytes.longAt(args, 0), Kernel.core(), (int) Bytes.longAt(args, 1));
            Channel.to(0).send(Bytes.ofLongs(count));
        }
    }

    static long countShare(long limit, int share, int shares) {
        long count = share == 0 && limit > 2 ? 1 : 0;   // 2, the even prime
        for (long i = share; 2 * i + 1 < limit; i += shares) {
            long n = 2 * i + 1;
            if (n > 1 && isOddPrime(n)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isOddPrime(long n) {
        for (long d = 3; d * d <= n; d += 2) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    public static void main(String[] args) {
        long limit = args.length > 0 ? Long.parseLong(args[0]) : 3_000_000L;
        int cores = Kernel.cores();
        long start = System.nanoTime();
        for (int k = 1; k < cores; k++) {
            Cores.start(k, Share.class, Bytes.ofLongs(limit, cores));
        }
        long total = countShare(limit, 0, cores);
        for (int k = 1; k < cores; k++) {
            total += Bytes.longAt(Channel.from(k).receive(), 0);
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        System.out.println("primes below " + limit + ": " + total);
        System.out.println("cores: " + cores + ", elapsed: " + elapsedMs + " ms");
    }
}
