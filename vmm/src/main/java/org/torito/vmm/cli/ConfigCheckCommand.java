package org.torito.vmm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.torito.vmm.BadInputException;
import org.torito.vmm.config.VmConfig;
import org.torito.vmm.devices.blk.DiskImage;
import org.torito.vmm.config.VmConfigReader;
import org.torito.vmm.config.VmConfigWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code torito config check CONFIG}: validate as {@code run} would, and show the result. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = ToritoVersion.class,
        description = {"Validate a VM config as 'torito run' would, without booting,",
                "and print it resolved: defaults filled in, the kernel path absolute."})
final class ConfigCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "the VM config file (JSON)")
    Path config;

    @Override
    public Integer call() {
        VmConfig resolved = VmConfigReader.read(config);
        KernelFile.check(resolved.kernel(), config + ": $.kernel");
        for (int i = 0; i < resolved.disks().size(); i++) {
            try (DiskImage disk = DiskImage.open(resolved.disks().get(i), i)) {
                // Opening checks the file, its size and its lock; nothing is written.
            } catch (java.io.IOException e) {
                throw new BadInputException(config + ": $.disks[" + i + "]: " + e.getMessage(), e);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(VmConfigWriter.toJson(resolved));
        out.flush();
        return 0;
    }
}
