package org.torito.vmm.config;

import java.nio.file.Path;
import java.util.List;

/**
 * A validated VM config. {@code kernel} and every disk path are already resolved against the
 * config file's folder; {@code memoryBytes} is a whole number of MiB.
 */
public record VmConfig(Path kernel, int cpus, long memoryBytes, String cmdline, List<DiskConfig> disks) {

    public VmConfig {
        disks = List.copyOf(disks);
    }

    /** A machine without disks. */
    public VmConfig(Path kernel, int cpus, long memoryBytes, String cmdline) {
        this(kernel, cpus, memoryBytes, cmdline, List.of());
    }
}
