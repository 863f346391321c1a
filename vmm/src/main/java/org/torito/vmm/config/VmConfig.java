package org.torito.vmm.config;

import java.nio.file.Path;
import java.util.List;

/**
 * A validated VM config. {@code kernel} and every disk path are already resolved against the
 * config file's folder; {@code memoryBytes} is a whole number of MiB.
 */
public record VmConfig(Path kernel, int cpus, long memoryBytes, String cmdline, List<DiskConfig> disks,
                       List<NetDeviceConfig> nets) {

    public VmConfig {
        disks = List.copyOf(disks);
        nets = List.copyOf(nets);
    }

    /** A machine without network devices. */
    public VmConfig(Path kernel, int cpus, long memoryBytes, String cmdline, List<DiskConfig> disks) {
        this(kernel, cpus, memoryBytes, cmdline, disks, List.of());
    }

    /** A machine without disks or network devices. */
    public VmConfig(Path kernel, int cpus, long memoryBytes, String cmdline) {
        this(kernel, cpus, memoryBytes, cmdline, List.of());
    }
}
