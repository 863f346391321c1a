package org.torito.vmm.cli;

import org.torito.vmm.config.VmConfig;

/**
 * The seam between the command line and the monitor: boot the VM a config describes, run it
 * to the end, and return the process exit code (docs/boot-abi.md: the guest's code 0..255,
 * or 70 when the guest faulted). The guest's console goes to standard output.
 *
 * <p>Throw {@link org.torito.vmm.BadInputException} for input the user can fix (a kernel that is
 * not a valid image, too little memory for it); the CLI prints it and exits 2. Any other
 * exception means the monitor failed, and the CLI exits 71.
 *
 * <p>{@code reports} says what the runner prints on standard error after the run (the guest
 * is asked for its boot marks only when they are wanted).
 */
@FunctionalInterface
public interface VmRunner {
    int run(VmConfig config, RunReports reports) throws Exception;
}
