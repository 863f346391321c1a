package org.torito.vmm.cli;

import picocli.CommandLine.Command;

/** {@code torito image ext2 DIR OUT}. */
@Command(name = "ext2", mixinStandardHelpOptions = true, versionProvider = ToritoVersion.class,
        description = {"Make an ext2 image (revision 1, 1 KiB blocks below 512M, else 4 KiB) holding a copy of DIR.",
                "Files, directories and symbolic links are copied; permissions become 0644/0755."})
final class Ext2ImageCommand extends ImageMakeCommand {
    @Override
    ImageKind kind() {
        return ImageKind.EXT2;
    }
}
