package org.torito.vmm.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.torito.vmm.config.VmConfig;
import org.torito.vmm.machine.Machine;
import org.torito.vmm.machine.MachineOutcome;

/** The real {@link VmRunner}: boots the config on /dev/kvm with the console on standard output. */
final class MachineRunner implements VmRunner {
    private final PrintStream console;
    private final PrintStream errors;

    MachineRunner(PrintStream console, PrintStream errors) {
        this.console = console;
        this.errors = errors;
    }

    @Override
    public int run(VmConfig config, RunReports reports) {
        MachineOutcome outcome = new Machine(config, console, errors, reports.bootMarks()).sayingAcceleratorTo(errors).run();
        if (reports.bootMarks()) {
            double millis = outcome.entryToMainMillis();
            errors.println(millis < 0 ? "boot: the guest sent no entry and main marks"
                    : String.format(Locale.ROOT, "boot: entry -> main %.3f ms (guest TSC)", millis));
        }
        if (reports.exits() && !outcome.exits().isEmpty()) {
            StringBuilder line = new StringBuilder("exits:");
            long total = 0;
            for (int core = 0; core < outcome.exits().size(); core++) {
                line.append(" core ").append(core).append(' ').append(outcome.exits(core)).append(',');
                total += outcome.exits(core);
            }
            errors.println(line.append(" total ").append(total));
        }
        errors.flush();
        return outcome.exitCode();
    }
}
