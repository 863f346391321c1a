package org.torito.vmm.config;

import org.torito.vmm.accel.AcceleratorKind;

import java.nio.file.Path;
import java.util.List;

/**
 * A validated VM config. {@code kernel} and every disk path are already resolved against the
 * config file's folder; {@code memoryBytes} is a whole number of MiB; {@code accelerator} is
 * what runs the guest; {@code settings} are the program's environment variables and system
 * properties (docs/config.md).
 */
public record VmConfig(Path kernel, int cpus, long memoryBytes, String cmdline, List<DiskConfig> disks,
                       List<NetDeviceConfig> nets, AcceleratorKind accelerator, GuestSettings settings) {

    public VmConfig {
        disks = List.copyOf(disks);
        nets = List.copyOf(nets);
        java.util.Objects.requireNonNull(accelerator, "accelerator");
        java.util.Objects.requireNonNull(settings, "settings");
    }

    /** A machine whose program sees no environment variables or system properties from the config. */
    public VmConfig(Path kernel, int cpus, long memoryBytes, String cmdline, List<DiskConfig> disks,
                    List<NetDeviceConfig> nets, AcceleratorKind accelerator) {
        this(kernel, cpus, memoryBytes, cmdline, disks, nets, accelerator, GuestSettings.NONE);
    }

    /** A machine on the accelerator {@code auto} picks. */
    public VmConfig(Path kernel, int cpus, long memoryBytes, String cmdline, List<DiskConfig> disks,
                    List<NetDeviceConfig> nets) {
        this(kernel, cpus, memoryBytes, cmdline, disks, nets, AcceleratorKind.AUTO);
    }

    /** This config on another accelerator. */
    public VmConfig withAccelerator(AcceleratorKind kind) {
        return new VmConfig(kernel, cpus, memoryBytes, cmdline, disks, nets, kind, settings);
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
