package org.torito.difftest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.torito.boot.ImageBuilder;
import org.torito.boot.ImageSpec;

/**
 * The stand-in for a Torito guest until the monitor can boot one: {@link DiffSuite} built by
 * {@link ImageBuilder#buildHosted} — the image pipeline's TeaVM configuration (Torito's plugin,
 * generated entry class, C patches), linked as an ordinary Linux executable. The builder's
 * cache reuses it while the suite's classes are unchanged. Each run gets the guest's per-core
 * stack size as its native stack.
 */
final class HostedTeaVmRunner implements GuestRunner {

    /** A guest's heap is sized from its RAM; 128 MiB is what a small VM gets, and TeaVM's default. */
    static final long HEAP_BYTES = 128L << 20;
    /** The guest's stack per core (the monitor's choice; see docs/differential-suite.md). */
    static final int STACK_KIB = 1024;

    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);

    private final Path buildDir;
    private Path executable;
    private Exception buildFailure;

    HostedTeaVmRunner(Path buildDir) {
        this.buildDir = buildDir;
    }

    @Override
    public String name() {
        return "hosted-teavm";
    }

    @Override
    public ProgramRun run(String program) throws Exception {
        Path exe = build();
        // ulimit in a shell: Java cannot set a child's rlimits, and prlimit may be absent.
        return Subprocess.run(List.of("/bin/sh", "-c", "ulimit -s " + STACK_KIB + " && exec \"$0\" \"$@\"",
                exe.toString(), program), buildDir, RUN_TIMEOUT);
    }

    /** Builds once per test run; the image builder's cache makes a rebuild of unchanged classes free. */
    synchronized Path build() throws Exception {
        if (executable != null) {
            return executable;
        }
        if (buildFailure != null) {
            throw new IllegalStateException("the hosted build failed earlier in this run", buildFailure);
        }
        try {
            Path classes = SuiteClasses.copyTo(buildDir.resolve("classes"));
            executable = new ImageBuilder(line -> System.out.println("difftest: " + line))
                    .buildHosted(new ImageSpec(DiffSuite.class.getName(), List.of(classes),
                            buildDir.resolve("diffsuite"), List.of()), HEAP_BYTES)
                    .image();
            return executable;
        } catch (Exception e) {
            buildFailure = e;
            throw e;
        }
    }
}
