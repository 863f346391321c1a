package org.torito.vmm.guests;

/**
 * Threads that yield while allocating, so that collections run while other threads are
 * suspended: main in Thread.join, in Object.wait, or blocked on a contended monitor.
 * {@code args}: mode (join, wait, contend), thread count, rounds per thread.
 */
public final class ThreadGcStressGuest {
    private static final Object LOCK = new Object();
    private static int finished;
    private static long shared;

    private ThreadGcStressGuest() {
    }

    public static void main(String[] args) throws InterruptedException {
        String mode = args.length > 0 ? args[0] : "join";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 300_000;
        long[] sums = new long[threads];
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int me = t;
            workers[t] = new Thread(() -> work(mode, me, rounds, sums));
            workers[t].start();
        }
        switch (mode) {
            case "join", "contend" -> {
                for (Thread worker : workers) {
                    worker.join();
                }
            }
            case "wait" -> {
                synchronized (LOCK) {
                    while (finished < threads) {
                        LOCK.wait();
                    }
                }
            }
            default -> throw new IllegalArgumentException("mode " + mode);
        }
        long total = 0;
        for (long s : sums) {
            total += s;
        }
        System.out.println(mode + " " + threads + " done " + total + " " + shared);
    }

    private static void work(String mode, int me, int rounds, long[] sums) {
        for (int i = 0; i < rounds; i++) {
            byte[] junk = new byte[64 + (i & 255)];
            junk[junk.length - 1] = (byte) i;
            sums[me] += junk.length + junk[junk.length - 1];
            if (mode.equals("contend")) {
                synchronized (LOCK) {
                    shared++;
                    Thread.yield();
                }
            } else {
                Thread.yield();
            }
        }
        if (mode.equals("wait")) {
            synchronized (LOCK) {
                finished++;
                LOCK.notifyAll();
            }
        }
    }
}
