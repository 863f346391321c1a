package org.torito.vmm.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.torito.vmm.BadInputException;

/**
 * Checks that the guest image a run will boot is there, before anything starts. The config
 * reader cannot: {@code --kernel} may replace the path, and a config is valid before its
 * image is built. {@code origin} says where the path came from, e.g. "configs/x.json: $.kernel".
 */
final class KernelFile {
    private KernelFile() {
    }

    static void check(Path kernel, String origin) {
        if (Files.isDirectory(kernel)) {
            throw new BadInputException(origin + ": " + kernel + ": is a folder, not a guest image");
        }
        if (!Files.exists(kernel)) {
            throw new BadInputException(origin + ": " + kernel + ": no such file");
        }
        if (!Files.isReadable(kernel)) {
            throw new BadInputException(origin + ": " + kernel + ": permission denied");
        }
    }
}
