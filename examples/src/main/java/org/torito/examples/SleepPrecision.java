package org.torito.examples;

import java.nio.charset.StandardCharsets;
import org.torito.guest.Channel;
import org.torito.guest.CoreTask;
import org.torito.guest.Cores;
import org.torito.guest.Kernel;

/**
 * Measures how punctually Thread.sleep(50) wakes: every core sleeps the given number of times
 * (default 200) and reports the distribution; core 0 prints the lines in core order. The tail,
 * not the median, is what a timer-driven program feels (docs/benchmarks.md, "Sleep precision").
 */
public final class SleepPrecision {
    private static final long SLEEP_MILLIS = 50;

    private SleepPrecision() {
    }

    /** On cores 1..N-1: measures, sends the report line to core 0. */
    public static final class Measure implements CoreTask {
        @Override
        public void run(byte[] args) throws Exception {
            Channel.to(0).send(measure((int) Bytes.longAt(args, 0)).getBytes(StandardCharsets.UTF_8));
        }
    }

    static String measure(int count) throws InterruptedException {
        long[] slept = new long[count];
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            Thread.sleep(SLEEP_MILLIS);
            store(slept, i, System.nanoTime() - t0);
        }
        return summary(slept);
    }

    // Array accesses stay out of the suspending method: TeaVM 0.15 mistypes primitive-array
    // elements read after a suspension (docs/aot-pipeline.md, TeaVM coroutine bugs, 3).
    private static void store(long[] slept, int i, long nanos) {
        slept[i] = nanos;
    }

    /** "core K: N x sleep(50) took min A, p50 B, p99 C, max D us; E early, F over 52 ms". */
    private static String summary(long[] slept) {
        int n = slept.length;
        java.util.Arrays.sort(slept);
        long limit = SLEEP_MILLIS * 1_000_000L;
        int early = 0;
        int late = 0;
        for (long s : slept) {
            early += s < limit ? 1 : 0;
            late += s > limit + 2_000_000L ? 1 : 0;
        }
        return "core " + Kernel.core() + ": " + n + " x sleep(" + SLEEP_MILLIS + ") took min " + us(slept[0]) + ", p50 "
                + us(slept[n / 2]) + ", p99 " + us(slept[(n * 99) / 100]) + ", max " + us(slept[n - 1]) + " us; "
                + early + " early, " + late + " over " + (SLEEP_MILLIS + 2) + " ms";
    }

    private static String us(long nanos) {
        return Long.toString(nanos / 1000);
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        if (count < 1) {
            System.out.println("sleep-precision: the count must be at least 1, not " + count);
            return;
        }
        int cores = Kernel.cores();
        for (int k = 1; k < cores; k++) {
            Cores.start(k, Measure.class, Bytes.ofLongs(count));
        }
        System.out.println(measure(count));
        for (int k = 1; k < cores; k++) {
            System.out.println(new String(Channel.from(k).receive(), StandardCharsets.UTF_8));
        }
    }
}
