package org.torito.examples;

import org.torito.guest.Channel;
import org.torito.guest.CoreTask;
import org.torito.guest.Cores;
import org.torito.guest.Kernel;

/**
 * A garbage collection on one core does not stop another: core 1 allocates and drops arrays
 * (many collections of its own heap) while core 2 answers core 0's pings. Core 0 prints how
 * many pings it sent while core 1 was busy and the worst round trip. Needs 3 cores.
 */
public final class GcIsolation {

    private GcIsolation() {
    }

    /** On core 1: allocates for the given milliseconds, then reports the megabytes allocated to core 0. */
    public static final class Allocator implements CoreTask {
        @Override
        public void run(byte[] args) {
            long until = System.nanoTime() + Bytes.longAt(args, 0) * 1_000_000L;
            Object[] keep = new Object[64];
            long bytes = 0;
            int i = 0;
            while (System.nanoTime() < until) {
                keep[i++ & 63] = new int[16 * 1024];   // 64 KiB; a few stay alive
                bytes += 64 * 1024;
            }
            Channel.to(0).send(Bytes.ofLongs(bytes >> 20, keep.length));
        }
    }

    /** On core 2: echoes messages from core 0 until one is empty. */
    public static final class Echo implements CoreTask {
        @Override
        public void run(byte[] args) {
            Channel in = Channel.from(0);
            Channel out = Channel.to(0);
            for (;;) {
                byte[] m = in.receive();
                out.send(m);
                if (m.length == 0) {
                    return;
                }
            }
        }
    }

    public static void main(String[] args) {
        long durationMs = args.length > 0 ? Long.parseLong(args[0]) : 1000;
        if (Kernel.cores() < 3) {
            System.out.println("gc isolation needs at least 3 cores, this VM has " + Kernel.cores());
            return;
        }
        Cores.start(2, Echo.class, new byte[0]);
        Cores.start(1, Allocator.class, Bytes.ofLongs(durationMs));
        Channel toEcho = Channel.to(2);
        Channel fromEcho = Channel.from(2);
        Channel fromAllocator = Channel.from(1);
        long pings = 0;
        long worst = 0;
        byte[] report;
        while ((report = fromAllocator.poll()) == null) {
            long t0 = System.nanoTime();
            toEcho.send(Bytes.ofLongs(pings));
            fromEcho.receive();
            worst = Math.max(worst, System.nanoTime() - t0);
            pings++;
        }
        toEcho.send(new byte[0]);
        fromEcho.receive();
        System.out.println("core 1 allocated " + Bytes.longAt(report, 0) + " MiB in " + durationMs + " ms");
        System.out.println("core 2 answered " + pings + " pings meanwhile, worst round trip " + worst / 1000 + " us");
    }
}
