package org.torito.vmm.cli;

import java.util.function.Consumer;
import org.torito.boot.ImageSpec;

/**
 * The seam between the command line and the AOT pipeline: compile {@code spec}'s
 * application into the guest image at {@code spec.output()}. Report progress, one line per
 * step, to {@code progress}; the CLI shows it on standard error.
 *
 * <p>Throw {@link org.torito.vmm.BadInputException} for input the user can fix (the main class
 * is not on the classpath, a C source does not compile); the CLI prints it and exits 2. Any
 * other exception means the tool failed, and the CLI exits 71.
 */
@FunctionalInterface
public interface ImageMaker {
    void build(ImageSpec spec, Consumer<String> progress) throws Exception;
}
