package org.torito.difftest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.torito.boot.ImageBuilder;
import org.torito.boot.ImageSpec;
import org.torito.vmm.config.VmConfig;
import org.torito.vmm.machine.Machine;
import org.torito.vmm.machine.MachineOutcome;

/**
 * The real thing: {@link DiffSuite} AOT-compiled into a guest image once, then one VM per
 * program on /dev/kvm with the program's name as the guest command line. The guest's
 * System.out is the compared output; its System.err and the monitor's reports are kept for
 * the failure message.
 */
final class ToritoGuestRunner implements GuestRunner {
    /** Enough RAM for GcLargeArrays' ~80 MiB of live arrays in the heap sized from it. */
    static final long MEMORY = 256L << 20;

    private final Path buildDir;
    private Path image;
    private Exception buildFailure;

    ToritoGuestRunner(Path buildDir) {
        this.buildDir = buildDir;
    }

    @Override
    public String name() {
        return "torito-guest";
    }

    @Override
    public ProgramRun run(String program) throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        MachineOutcome outcome = new Machine(new VmConfig(build(), 1, MEMORY, program), stdout,
                new PrintStream(stderr, true, StandardCharsets.UTF_8)).run();
        return new ProgramRun(stdout.toByteArray(), outcome.exitCode(), stderr.toString(StandardCharsets.UTF_8));
    }

    /** Builds once per test run; a failed build fails every program at once instead of being retried. */
    private synchronized Path build() throws Exception {
        if (buildFailure != null) {
            throw new IllegalStateException("the guest image build failed earlier in this run", buildFailure);
        }
        if (image == null) {
            try {
                Path classes = SuiteClasses.copyTo(buildDir.resolve("classes"));
                image = new ImageBuilder(line -> System.out.println("difftest: " + line))
                        .build(new ImageSpec(DiffSuite.class.getName(), List.of(classes),
                                buildDir.resolve("diffsuite.elf"), List.of()))
                        .image();
            } catch (Exception e) {
                buildFailure = e;
                throw e;
            }
        }
        return image;
    }
}
