package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The dedicated-cores examples (one isolate per core, channels in the shared region) on 1 to 4
 * vCPUs, through the CLI as a user runs them. Timing bounds are loose where the host (2 CPUs
 * in docs/architecture.md) may preempt a vCPU; the numbers themselves are printed for the report.
 */
class DedicatedCoresGuestTest {

    private static CliRun run(String config, int cpus, String... guestArgs) {
        return check(config, cpus, CliRun.execute(arguments(config, cpus, guestArgs)));
    }

    private static String[] arguments(String config, int cpus, String... guestArgs) {
        String[] args = new String[4 + (guestArgs.length == 0 ? 0 : guestArgs.length + 1)];
        args[0] = "run";
        args[1] = GuestImages.HOME.resolve("configs/" + config).toString();
        args[2] = "--cpus";
        args[3] = Integer.toString(cpus);
        if (guestArgs.length > 0) {
            args[4] = "--";
            System.arraycopy(guestArgs, 0, args, 5, guestArgs.length);
        }
        return args;
    }

    private static CliRun check(String config, int cpus, CliRun run) {
        assertEquals("", run.errors(), config + " on " + cpus + " cores wrote errors");
        assertEquals(0, run.exitCode(), config + " on " + cpus + " cores:\n" + run.console());
        return run;
    }

    /**
     * A run whose timing is asserted: in a JVM of its own with the launcher's options, as a user
     * runs it. In this test JVM, a collection pause (G1 young pauses of 6-17 ms were logged) or
     * whatever the earlier tests left running holds up a vCPU thread coming back from IDLE; the
     * launcher's small Serial heap did not collect once in 15 s of sleeping guests. Prints the
     * guest's console and the host's own timer lateness, for a failure's log.
     */
    private static TimedRun runTimed(String config, int cpus, String... guestArgs) {
        try (HostTimerProbe host = HostTimerProbe.start()) {
            CliRun run = check(config, cpus, CliRun.launch(arguments(config, cpus, guestArgs)));
            System.out.print(run.console());
            System.out.println(host);
            return new TimedRun(run.console(), host);
        }
    }

    /** A timed run's console and how punctual the host's own timer was meanwhile. */
    private record TimedRun(String console, HostTimerProbe host) {
    }

    @ParameterizedTest(name = "{0} cores")
    @ValueSource(ints = {1, 2, 3, 4})
    void everyCoreSaysHelloInCoreOrder(int cpus) {
        StringBuilder expected = new StringBuilder();
        for (int k = 0; k < cpus; k++) {
            expected.append("hello from core ").append(k).append(" of ").append(cpus).append('\n');
        }
        expected.append("all ").append(cpus).append(" cores answered\n");
        assertEquals(expected.toString(), run("hello-cores.json", cpus).console());
    }

    @ParameterizedTest(name = "{0} cores")
    @ValueSource(ints = {1, 2, 3, 4})
    void pingPongBouncesEveryMessageAndReportsTheRoundTrip(int cpus) {
        String console = run("ping-pong.json", cpus, "2000").console();
        if (cpus == 1) {
            assertEquals("ping-pong needs at least 2 cores, this VM has 1\n", console);
            return;
        }
        Matcher m = Pattern.compile("ping-pong: 2000 round trips between core 0 and core 1\n"
                + "rtt median (\\d+) ns, min (\\d+) ns, p99 (\\d+) ns\n").matcher(console);
        assertTrue(m.matches(), console);
        long median = Long.parseLong(m.group(1));
        System.out.println("ping-pong on " + cpus + " cores: median rtt " + median + " ns");
        // Not a speed test (scripts/bench-cores is): a median of 1 ms or more would mean a
        // wake-up waited for the event queue's millisecond tick instead of the doorbell. Under
        // load, with more vCPUs than host CPUs, a healthy median still reached ~180 us.
        assertTrue(median > 0 && median < 900_000, "median round trip " + median + " ns");
    }

    @ParameterizedTest(name = "{0} cores")
    @ValueSource(ints = {1, 2, 3, 4})
    void parallelPrimeCountIsTheSameOnAnyNumberOfCores(int cpus) {
        String console = run("parallel.json", cpus, "1000000").console();
        Matcher m = Pattern.compile("primes below 1000000: 78498\ncores: " + cpus + ", elapsed: (\\d+) ms\n")
                .matcher(console);
        assertTrue(m.matches(), console);
        System.out.println("parallel on " + cpus + " cores: " + m.group(1) + " ms");
    }

    /** What CoreChecks adds to a core's line for a sleep outside 50-52 ms. */
    private static final String LATE_SLEEP = " a sleep(50) ended early or took over 52 ms;";

    @ParameterizedTest(name = "{0} cores")
    @ValueSource(ints = {1, 2, 3, 4})
    void threadsSleepWaitNotifyAndClocksBehaveOnEveryCore(int cpus) {
        TimedRun timed = runTimed("core-checks.json", cpus);
        String console = timed.console();
        String[] lines = console.split("\n");
        assertEquals(cpus + 1, lines.length, console);
        int lateCores = 0;
        for (int k = 0; k < cpus; k++) {
            Matcher m = Pattern.compile("core " + k + ": sleep\\(50\\) took (\\d+) to (\\d+) us, median \\d+ us; (.*)")
                    .matcher(lines[k]);
            assertTrue(m.matches(), lines[k]);
            long maxMicros = Long.parseLong(m.group(2));
            assertSleptFiftyToFiftyTwoMillis(Long.parseLong(m.group(1)), maxMicros, lines[k], timed.host());
            // The example judges its sleeps against 52 ms alone; the bound above, which knows how
            // late the host itself was, decides. Every other check must have passed.
            boolean lateOnly = m.group(3).equals("FAILED" + LATE_SLEEP);
            assertTrue(m.group(3).equals("ok") || lateOnly, lines[k]);
            lateCores += lateOnly ? 1 : 0;
        }
        assertEquals(lateCores == 0 ? "checks: ok" : "checks: FAILED on " + lateCores + " cores", lines[cpus]);
    }

    /**
     * Every sleep, not just the median: issue 3's acceptance point. Met on the busy 2-CPU hosts of
     * docs/architecture.md only with real-time priority for waking vCPU threads (root, CAP_SYS_NICE or
     * RLIMIT_RTPRIO >= 1; docs/boot-abi.md, IDLE); without it the host scheduler adds milliseconds.
     * A sleep may be late by what the host's own timer was late by in the same run (the probe):
     * that lateness is the host's, and no guest can wake before its host wakes it.
     */
    private static void assertSleptFiftyToFiftyTwoMillis(long minMicros, long maxMicros, String line,
                                                         HostTimerProbe host) {
        assertTrue(minMicros >= 50_000, "a sleep(50) ended early: " + line);
        assertTrue(maxMicros <= 52_000 + host.maxLateMicros(),
                "a sleep(50) took over 52 ms (does the monitor get real-time priority?): " + line + "; " + host);
    }

    @Test
    void everySleepOfTwentyPerCoreWakesWithinTwoMillisecondsOnFourCores() {
        TimedRun timed = runTimed("sleep-precision.json", 4, "20");
        String console = timed.console();
        String[] lines = console.split("\n");
        assertEquals(4, lines.length, console);
        for (int k = 0; k < 4; k++) {
            Matcher m = Pattern.compile("core " + k + ": 20 x sleep\\(50\\) took min (\\d+), p50 \\d+, p99 \\d+, max (\\d+)"
                    + " us; (\\d+) early, (\\d+) over 52 ms").matcher(lines[k]);
            assertTrue(m.matches(), lines[k]);
            long maxMicros = Long.parseLong(m.group(2));
            assertSleptFiftyToFiftyTwoMillis(Long.parseLong(m.group(1)), maxMicros, lines[k], timed.host());
            // The example's own counts agree with its extremes.
            assertEquals("0", m.group(3), lines[k]);
            assertEquals(maxMicros > 52_000, Integer.parseInt(m.group(4)) > 0, lines[k]);
        }
    }

    @Test
    void aCoreThatCollectsGarbageDoesNotStopTheOthers() {
        String console = run("gc-isolation.json", 3, "1000").console();
        System.out.print(console);
        Matcher m = Pattern.compile("core 1 allocated (\\d+) MiB in 1000 ms\n"
                + "core 2 answered (\\d+) pings meanwhile, worst round trip (\\d+) us\n").matcher(console);
        assertTrue(m.matches(), console);
        long allocatedMiB = Long.parseLong(m.group(1));
        long pings = Long.parseLong(m.group(2));
        long worstMicros = Long.parseLong(m.group(3));
        // Core 1's heap (a share of 64 MiB) fills many times over, so it collects many times.
        assertTrue(allocatedMiB > 200, allocatedMiB + " MiB");
        // A stop-the-world pause shared by all cores would stall the echo for the whole second.
        assertTrue(pings > 1000, pings + " pings");
        assertTrue(worstMicros < 100_000, "worst round trip " + worstMicros + " us");
    }

    @ParameterizedTest(name = "{0} cores")
    @ValueSource(ints = {1, 2, 4})
    void sleepingCoresIdleInTheMonitorInsteadOfPolling(int cpus) {
        CliRun run = CliRun.execute("run", GuestImages.HOME.resolve("configs/idle.json").toString(),
                "--cpus", Integer.toString(cpus), "--exits", "--", "1");
        assertEquals(0, run.exitCode(), run.console() + run.errors());
        String[] lines = run.console().split("\n");
        assertEquals(cpus, lines.length, run.console());
        for (int k = 0; k < cpus; k++) {
            Matcher m = Pattern.compile("core " + k + " slept (\\d+) ms").matcher(lines[k]);
            assertTrue(m.matches(), lines[k]);
            long ms = Long.parseLong(m.group(1));
            assertTrue(ms >= 1000 && ms < 1100, "core " + k + " slept " + ms + " ms");
        }
        // A second of sleep on every core: a few IDLE calls each, not a poll per tick.
        Matcher exits = Pattern.compile("(?s).*total (\\d+)\n").matcher(run.errors());
        assertTrue(exits.matches(), run.errors());
        long total = Long.parseLong(exits.group(1));
        assertTrue(total < 40L * cpus, total + " exits for " + cpus + " sleeping cores: " + run.errors());
    }
}
