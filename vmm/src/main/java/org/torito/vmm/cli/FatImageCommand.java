package org.torito.vmm.cli;

import picocli.CommandLine.Command;

/** {@code torito image fat DIR OUT}. */
@Command(name = "fat", mixinStandardHelpOptions = true, versionProvider = ToritoVersion.class,
        description = {"Make a FAT image (FAT12, FAT16 or FAT32 by size) with long file names holding a copy of DIR.",
                "Symbolic links and special files are skipped with a warning."})
final class FatImageCommand extends ImageMakeCommand {
    @Override
    ImageKind kind() {
        return ImageKind.FAT;
    }
}
