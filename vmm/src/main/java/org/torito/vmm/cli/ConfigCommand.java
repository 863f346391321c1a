package org.torito.vmm.cli;

import picocli.CommandLine.Command;

/** {@code torito config ...}: commands about VM config files; only a group. */
@Command(name = "config", mixinStandardHelpOptions = true, versionProvider = ToritoVersion.class,
        description = "Work with VM config files (docs/config.md).")
final class ConfigCommand {
}
