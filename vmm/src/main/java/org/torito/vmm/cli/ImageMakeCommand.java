package org.torito.vmm.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.torito.vmm.BadInputException;
import org.torito.vmm.config.InvalidValueException;
import org.torito.vmm.config.MemorySize;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What {@code torito image ext2} and {@code torito image fat} share: DIR, OUT, --size, --force. */
abstract class ImageMakeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the directory tree to copy into the image")
    Path dir;

    @Parameters(index = "1", paramLabel = "OUT", description = "the image file to write")
    Path out;

    @Option(names = "--size", paramLabel = "SIZE",
            description = "image size, e.g. 64M or 1G (default: the tree's size plus room for metadata)")
    String size;

    @Option(names = "--force", description = "replace OUT if it exists")
    boolean force;

    abstract ImageKind kind();

    @Override
    public Integer call() throws Exception {
        MemorySize bytes = null;
        if (size != null) {
            try {
                bytes = MemorySize.parse(size);
            } catch (InvalidValueException e) {
                throw new BadInputException("--size: " + e.getMessage());
            }
        }
        new ImageBuilder(kind(), spec.commandLine().getErr()).build(dir, out, bytes, force);
        spec.commandLine().getErr().flush();
        return 0;
    }
}
