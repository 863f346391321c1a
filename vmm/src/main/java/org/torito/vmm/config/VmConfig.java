package org.torito.vmm.config;

import java.nio.file.Path;

/**
 * A validated VM config. {@code kernel} is already resolved against the config file's
 * folder; {@code memoryBytes} is a whole number of MiB.
 */
public record VmConfig(Path kernel, int cpus, long memoryBytes, String cmdline) {
}
