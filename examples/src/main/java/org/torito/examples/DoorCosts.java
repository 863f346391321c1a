package org.torito.examples;

import java.util.Arrays;
import org.torito.guest.Channel;
import org.torito.guest.CoreTask;
import org.torito.guest.Cores;
import org.torito.guest.Kernel;
import org.torito.guest.kernel.KernelCalls;

/**
 * What the doors to the monitor cost the calling core (scripts/bench-doors), on whichever
 * accelerator runs it: a hypercall the monitor serves (a one-line CONSOLE_WRITE), a hypercall
 * with nothing to do (IDLE for 0 ns: under KVM an exit, on the process backend one system call
 * in the core's own process), a doorbell (core 0 rings its own), and, with 2 cores, a wake-up: core 1 sleeps in IDLE, core 0
 * sends it a message (which rings its doorbell) and spins until the answer; the round trip is
 * the sleeping core's wake-up plus one polled hop. Prints medians in nanoseconds.
 */
public final class DoorCosts {
    private static final int HYPERCALLS = 2_000;
    private static final int IDLES = 20_000;
    private static final int DOORBELLS = 100_000;
    private static final int WAKES = 300;

    private DoorCosts() {
    }

    /** On core 1: answers every message, sleeping in between. */
    public static final class Answerer implements CoreTask {
        @Override
        public void run(byte[] args) {
            Channel in = Channel.from(0);
            Channel out = Channel.to(0);
            for (int i = 0; i < WAKES; i++) {
                out.send(in.receive());
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        long[] lines = new long[HYPERCALLS];
        for (int i = 0; i < HYPERCALLS; i++) {
            long start = System.nanoTime();
            System.out.println();
            lines[i] = System.nanoTime() - start;
        }
        long idleStart = System.nanoTime();
        for (int i = 0; i < IDLES; i++) {
            KernelCalls.idle(0, 0);
        }
        long idle = (System.nanoTime() - idleStart) / IDLES;
        int self = Kernel.core();
        long start = System.nanoTime();
        for (int i = 0; i < DOORBELLS; i++) {
            KernelCalls.doorbell(self);
        }
        long doorbell = (System.nanoTime() - start) / DOORBELLS;
        KernelCalls.idle(0, 0);   // takes the rings back, so no later sleep returns at once
        Arrays.sort(lines);
        System.out.println("hypercall (CONSOLE_WRITE of one line) median " + lines[HYPERCALLS / 2] + " ns");
        System.out.println("idle (0 ns) mean " + idle + " ns");
        System.out.println("doorbell (own core) mean " + doorbell + " ns");
        if (Kernel.cores() < 2) {
            return;
        }
        Cores.start(1, Answerer.class, new byte[0]);
        Channel out = Channel.to(1);
        Channel in = Channel.from(1);
        long[] wakes = new long[WAKES];
        for (int i = 0; i < WAKES; i++) {
            Thread.sleep(2);   // long enough for core 1 to stop polling and sleep
            long sent = System.nanoTime();
            out.send(Bytes.ofLongs(i));
            in.receive();
            wakes[i] = System.nanoTime() - sent;
        }
        Arrays.sort(wakes);
        System.out.println("wake of a sleeping core, round trip median " + wakes[WAKES / 2] + " ns");
    }
}
