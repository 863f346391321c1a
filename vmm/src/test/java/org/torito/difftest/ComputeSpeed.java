package org.torito.difftest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The speed of the suite's compute programs through the image pipeline beside HotSpot's C2, in
 * one run (issue 16's goal: at least 0.8x C2 on each). Each workload runs in the suite's hosted
 * build (the image pipeline's TeaVM and gcc, linked as a Linux program: no VM exits in the way)
 * and on HotSpot, each for {@link #ITERATIONS} iterations in one process; the program times each
 * iteration itself ({@code org.torito.difftest.compute.ComputeIterations}), and the median of the
 * last {@link #STEADY} is the steady state, C2's after its warm-up. Both must print the same
 * result. Run by {@code scripts/bench-compute}; prints a Markdown table for docs/benchmarks.md.
 */
public final class ComputeSpeed {
    private static final int ITERATIONS = 9;
    private static final int STEADY = 5;
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    /** A program of the suite and the size argument that makes an iteration take about a second on C2. */
    private record Workload(String program, String size) {
    }

    private static final List<Workload> WORKLOADS = List.of(new Workload("NBody", "5000000"),
            new Workload("SpectralNorm", "2000"), new Workload("FannkuchRedux", "10"),
            new Workload("BinaryTrees", "16"), new Workload("Mandelbrot", "2000"));

    private ComputeSpeed() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ComputeSpeed WORK_DIR");
            System.exit(2);
        }
        Path work = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(work);
        Path hosted = new SuiteBuild(work, "diffsuite",
                (builder, spec) -> builder.buildHosted(spec, HostedTeaVmRunner.HEAP_BYTES).image()).get();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classes = HotSpotRunner.testClassesDir().toString();
        System.out.println("| program (argument) | HotSpot C2, ms per iteration | hosted image, ms | image speed / C2 |");
        System.out.println("|---|---|---|---|");
        boolean allMet = true;
        for (Workload w : WORKLOADS) {
            String iterations = Integer.toString(ITERATIONS);
            Subprocess.Result c2 = run(List.of(java, "-XX:+UseSerialGC", "-Xmx1g", "-cp", classes,
                    DiffSuite.PROGRAM_PACKAGE + "." + w.program(), w.size(), iterations), work);
            Subprocess.Result image = run(List.of("/bin/sh", "-c", "ulimit -s " + HostedTeaVmRunner.STACK_KIB
                    + " && exec \"$0\" \"$@\"", hosted.toString(), w.program(), w.size(), iterations), work);
            if (!Arrays.equals(c2.stdout(), image.stdout())) {
                throw new IllegalStateException(w.program() + ": the image printed another result than HotSpot:\n"
                        + new String(c2.stdout(), StandardCharsets.UTF_8) + "---\n"
                        + new String(image.stdout(), StandardCharsets.UTF_8));
            }
            double c2Ms = steadyMillis(w, "HotSpot", c2);
            double imageMs = steadyMillis(w, "image", image);
            double ratio = c2Ms / imageMs;
            allMet &= ratio >= 0.8;
            System.out.printf(Locale.ROOT, "| %s (%s) | %.1f | %.1f | %.2fx |%n", w.program(), w.size(), c2Ms, imageMs,
                    ratio);
        }
        System.out.println();
        System.out.println(allMet ? "every workload at 0.8x C2 or better" : "below the 0.8x C2 goal: see the table");
    }

    private static Subprocess.Result run(List<String> command, Path work) throws Exception {
        Subprocess.Result result = Subprocess.run(command, work, TIMEOUT, 1 << 20, 1 << 20);
        if (result.exitCode() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + result.exitCode() + ":\n"
                    + result.stderr());
        }
        return result;
    }

    /** The median of the last {@link #STEADY} iterations' times, from the program's stderr. */
    private static double steadyMillis(Workload w, String side, Subprocess.Result result) {
        List<Long> nanos = new ArrayList<>();
        for (String line : result.stderr().split("\n")) {
            if (line.startsWith("iteration ns ")) {
                nanos.add(Long.parseLong(line.substring("iteration ns ".length()).trim()));
            }
        }
        if (nanos.size() != ITERATIONS) {
            throw new IllegalStateException(w.program() + " on " + side + ": " + nanos.size() + " iteration times");
        }
        long[] steady = nanos.subList(ITERATIONS - STEADY, ITERATIONS).stream().mapToLong(Long::longValue).sorted()
                .toArray();
        return steady[STEADY / 2] / 1e6;
    }
}
