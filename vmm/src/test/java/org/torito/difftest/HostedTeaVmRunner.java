package org.torito.difftest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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
    static final int STACK_KIB = (int) (org.torito.vmm.machine.GuestLayout.STACK_SIZE / 1024);

    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);

    private final Path buildDir;
    private final SuiteBuild executable;

    HostedTeaVmRunner(Path buildDir) {
        this.buildDir = buildDir;
        this.executable = new SuiteBuild(buildDir, "diffsuite",
                (builder, spec) -> builder.buildHosted(spec, HEAP_BYTES).image());
    }

    @Override
    public String name() {
        return "hosted-teavm";
    }

    @Override
    public ProgramRun run(String program) throws Exception {
        Path exe = executable.get();
        // ulimit in a shell: Java cannot set a child's rlimits, and prlimit may be absent.
        return Subprocess.run(List.of("/bin/sh", "-c", "ulimit -s " + STACK_KIB + " && exec \"$0\" \"$@\"",
                exe.toString(), program), buildDir, RUN_TIMEOUT);
    }
}
