package org.torito.vmm.guests;

/**
 * Two TeaVM 0.15 C backend bugs about monitors held across a suspension. A {@code synchronized}
 * method takes no monitor at all, so {@code wait()} in it throws IllegalMonitorStateException
 * (Torito's SynchronizedMethods pass). And a thread that finds a monitor held goes into the
 * critical section anyway, because entering is not a suspension point: three threads each
 * reading, sleeping and writing a counter inside {@code synchronized} lose updates
 * (SuspendingMonitorEnter). Prints what HotSpot prints.
 */
public final class SynchronizedMethodGuest {
    private int counter;
    private boolean ready;

    private SynchronizedMethodGuest() {
    }

    /** Read, suspend, write: loses updates unless the monitor keeps the other thread out. */
    private synchronized void slowIncrement() throws InterruptedException {
        int seen = counter;
        Thread.sleep(1);
        counter = seen + 1;
    }

    private static final Object LOCK = new Object();
    private static int blockCounter;

    private static void blockIncrement() throws InterruptedException {
        synchronized (LOCK) {
            int seen = blockCounter;
            Thread.sleep(1);
            blockCounter = seen + 1;
        }
    }

    private static synchronized int staticTwice(int x) throws InterruptedException {
        Thread.sleep(1);
        return 2 * x;
    }

    private synchronized void awaitReady() throws InterruptedException {
        while (!ready) {
            wait();
        }
    }

    private synchronized void signal() {
        ready = true;
        notifyAll();
    }

    public static void main(String[] args) throws Exception {
        SynchronizedMethodGuest g = new SynchronizedMethodGuest();
        Thread[] threads = new Thread[3];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                try {
                    for (int i = 0; i < 5; i++) {
                        g.slowIncrement();
                        blockIncrement();
                    }
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("counter " + g.counter + ", block counter " + blockCounter);
        Thread waiter = new Thread(() -> {
            try {
                g.awaitReady();
                System.out.println("woken");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        waiter.start();
        Thread.sleep(5);
        g.signal();
        waiter.join();
        System.out.println("static " + staticTwice(21));
    }
}
