package org.torito.difftest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

    private final SuiteBuild image;

    ToritoGuestRunner(Path buildDir) {
        this.image = new SuiteBuild(buildDir, "diffsuite.elf", (builder, spec) -> builder.build(spec).image());
    }

    @Override
    public String name() {
        return "torito-guest";
    }

    @Override
    public ProgramRun run(String program) throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        MachineOutcome outcome = new Machine(new VmConfig(image.get(), 1, MEMORY, program), stdout,
                new PrintStream(stderr, true, StandardCharsets.UTF_8)).run();
        return new ProgramRun(stdout.toByteArray(), outcome.exitCode(), stderr.toString(StandardCharsets.UTF_8));
    }
}
