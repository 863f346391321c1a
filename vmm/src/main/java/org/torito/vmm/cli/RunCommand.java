package org.torito.vmm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.torito.vmm.accel.AcceleratorKind;
import org.torito.vmm.BadInputException;
import org.torito.vmm.config.InvalidValueException;
import org.torito.vmm.config.MemorySize;
import org.torito.vmm.config.ShownValue;
import org.torito.vmm.config.VmConfig;
import org.torito.vmm.config.VmConfigReader;
import org.torito.vmm.config.VmLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code torito run CONFIG [overrides] [-- ARG...]}: boot a guest; its exit code is ours. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = ToritoVersion.class,
        customSynopsis = {"torito run [-hV] [--boot-marks] [--exits] [--cpus=N] [--memory=SIZE] [--kernel=FILE]",
                "                  [--cmdline=STR] [--accel=KIND] CONFIG [-- ARG...]"},
        description = {"Boot a guest from a VM config (docs/config.md) and run it to the end.",
                "The exit code is the guest's; 2 means bad input, 70 a guest fault, 71 a monitor failure."})
final class RunCommand implements Callable<Integer> {
    private final VmRunner runner;
    private final ImageMaker maker;
    private final Path home;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "the VM config file (JSON)")
    Path config;

    @Parameters(index = "1..*", paramLabel = "ARG",
            description = "after --: words appended to the guest command line")
    List<String> guestArgs = new ArrayList<>();

    @Option(names = "--cpus", paramLabel = "N", description = "number of cores, 1..64 (replaces \"cpus\")")
    Integer cpus;

    @Option(names = "--memory", paramLabel = "SIZE", description = "guest RAM, e.g. 64M or 1G (replaces \"memory\")")
    String memory;

    @Option(names = "--kernel", paramLabel = "FILE",
            description = "guest image, relative to the working directory (replaces \"kernel\")")
    Path kernel;

    @Option(names = "--cmdline", paramLabel = "STR", description = "guest command line (replaces \"cmdline\")")
    String cmdline;

    @Option(names = "--accel", paramLabel = "KIND",
            description = "what runs the guest: auto (KVM if /dev/kvm opens, else process), kvm or process"
                    + " (replaces \"accelerator\")")
    String accel;

    @Option(names = "--boot-marks",
            description = "report the guest's boot timing on standard error (entry -> main)")
    boolean bootMarks;

    @Option(names = "--exits",
            description = "report the user-space exits each core took, on standard error after the run")
    boolean exits;

    RunCommand(VmRunner runner, ImageMaker maker, Path home) {
        this.runner = runner;
        this.maker = maker;
        this.home = home;
    }

    @Override
    public Integer call() throws Exception {
        if (!guestArgs.isEmpty() && !spec.commandLine().getParseResult().originalArgs().contains("--")) {
            // Without the separator, a typo in an option would silently become a guest word.
            throw new ParameterException(spec.commandLine(), "unexpected argument "
                    + ShownValue.of(guestArgs.getFirst()) + "; put guest arguments after --");
        }
        return start(config, spec.commandLine().getErr());
    }

    /**
     * Reads {@code configFile}, applies this command's overrides, checks, builds the image if it
     * is an example's that is not built yet (progress on {@code err}), and runs.
     */
    int start(Path configFile, PrintWriter err) throws Exception {
        VmConfig fromFile = VmConfigReader.read(configFile);
        String kernelOrigin = configFile + ": $.kernel";
        Path kernelPath = fromFile.kernel();
        if (kernel != null) {
            kernelPath = kernel.toAbsolutePath().normalize();
            kernelOrigin = "--kernel";
        }
        int cores = fromFile.cpus();
        long memoryBytes = fromFile.memoryBytes();
        String line = fromFile.cmdline();
        try {
            if (cpus != null) {
                VmLimits.checkCpus(cpus, cpus.toString());
                cores = cpus;
            }
        } catch (InvalidValueException e) {
            throw new BadInputException("--cpus: " + e.reason());
        }
        try {
            if (memory != null) {
                MemorySize size = MemorySize.parse(memory);
                VmLimits.checkMemory(size, ShownValue.of(memory));
                memoryBytes = size.bytes();
            }
        } catch (InvalidValueException e) {
            throw new BadInputException("--memory: " + e.reason());
        }
        try {
            if (cmdline != null) {
                VmLimits.checkCmdline(cmdline);
                line = cmdline;
            }
        } catch (InvalidValueException e) {
            throw new BadInputException("--cmdline: " + e.reason());
        }
        if (!guestArgs.isEmpty()) {
            line = GuestCommandLine.append(line, guestArgs);
            try {
                VmLimits.checkCmdline(line);
            } catch (InvalidValueException e) {
                throw new BadInputException("the guest command line with the arguments after -- " + e.reason());
            }
        }
        AcceleratorKind accelerator = fromFile.accelerator();
        if (accel != null) {
            accelerator = AcceleratorKind.byName(accel);
            if (accelerator == null) {
                throw new BadInputException("--accel: expected auto, kvm or process, got " + ShownValue.of(accel));
            }
        }
        ExampleImageOnDemand.buildIfMissing(kernelPath, home, maker, err);
        KernelFile.check(kernelPath, kernelOrigin);
        return runner.run(new VmConfig(kernelPath, cores, memoryBytes, line, fromFile.disks(), fromFile.nets(),
                accelerator, fromFile.settings()), new RunReports(bootMarks, exits));
    }
}
