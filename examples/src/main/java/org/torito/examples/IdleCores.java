package org.torito.examples;

import org.torito.guest.Channel;
import org.torito.guest.CoreTask;
import org.torito.guest.Cores;
import org.torito.guest.Kernel;

/**
 * Every core sleeps for the given number of seconds (default 10), then core 0 prints how
 * long each core slept. What a dedicated core costs the host while it has nothing to do:
 * scripts/bench-cores measures the monitor's CPU time meanwhile.
 */
public final class IdleCores {

    private IdleCores() {
    }

    /** Runs on cores 1..N-1: sleeps, then tells core 0 for how long. */
    public static final class Sleeper implements CoreTask {
        @Override
        public void run(byte[] args) throws Exception {
            Channel.to(0).send(Bytes.ofLongs(sleep(Bytes.longAt(args, 0))));
        }
    }

    static long sleep(long seconds) throws InterruptedException {
        long start = Kernel.uptimeNanos();
        Thread.sleep(seconds * 1000);
        return (Kernel.uptimeNanos() - start) / 1_000_000;
    }

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 10;
        int cores = Kernel.cores();
        for (int k = 1; k < cores; k++) {
            Cores.start(k, Sleeper.class, Bytes.ofLongs(seconds));
        }
        long slept = sleep(seconds);
        System.out.println("core 0 slept " + slept + " ms");
        for (int k = 1; k < cores; k++) {
            System.out.println("core " + k + " slept " + Bytes.longAt(Channel.from(k).receive(), 0) + " ms");
        }
    }
}
