package org.torito.examples;

import java.util.Arrays;
import org.torito.guest.Channel;
import org.torito.guest.CoreTask;
import org.torito.guest.Cores;
import org.torito.guest.Kernel;

/**
 * Core 0 and core 1 bounce an 8-byte message M times (first argument, default 10000) and
 * core 0 prints the median, minimum and 99th-percentile round trip. Both cores poll before
 * they sleep, so back-to-back round trips never leave the guest.
 */
public final class PingPong {

    private PingPong() {
    }

    /** On core 1: sends every message straight back, M times (M in the arguments). */
    public static final class Ponger implements CoreTask {
        @Override
        public void run(byte[] args) {
            long count = Bytes.longAt(args, 0);
            Channel in = Channel.from(0);
            Channel out = Channel.to(0);
            for (long i = 0; i < count; i++) {
                out.send(in.receive());
            }
        }
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        if (Kernel.cores() < 2) {
            System.out.println("ping-pong needs at least 2 cores, this VM has 1");
            return;
        }
        Cores.start(1, Ponger.class, Bytes.ofLongs(count));
        Channel out = Channel.to(1);
        Channel in = Channel.from(1);
        long[] rtt = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            out.send(Bytes.ofLongs(i));
            byte[] back = in.receive();
            rtt[i] = System.nanoTime() - start;
            if (Bytes.longAt(back, 0) != i) {
                throw new IllegalStateException("round trip " + i + " came back as " + Bytes.longAt(back, 0));
            }
        }
        Arrays.sort(rtt);
        System.out.println("ping-pong: " + count + " round trips between core 0 and core 1");
        System.out.println("rtt median " + rtt[count / 2] + " ns, min " + rtt[0] + " ns, p99 "
                + rtt[(int) (count * 99L / 100)] + " ns");
    }
}
