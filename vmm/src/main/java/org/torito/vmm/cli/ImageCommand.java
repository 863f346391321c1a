package org.torito.vmm.cli;

import picocli.CommandLine.Command;

/** {@code torito image ...}: build and inspect disk images; only a group. */
@Command(name = "image", mixinStandardHelpOptions = true, versionProvider = ToritoVersion.class,
        description = {"Build ext2 or FAT disk images from a directory, and look inside images",
                "(docs/filesystems.md). Images are made in Java; no mke2fs or mkfs.fat is needed."})
final class ImageCommand {
}
