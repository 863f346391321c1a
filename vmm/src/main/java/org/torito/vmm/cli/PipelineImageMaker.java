package org.torito.vmm.cli;

import java.util.function.Consumer;
import org.torito.boot.ImageBuildException;
import org.torito.boot.ImageBuilder;
import org.torito.boot.ImageSpec;
import org.torito.vmm.BadInputException;

/** The real {@link ImageMaker}: the AOT pipeline of torito-boot. */
final class PipelineImageMaker implements ImageMaker {
    @Override
    public void build(ImageSpec spec, Consumer<String> progress) {
        try {
            new ImageBuilder(progress).build(spec);
        } catch (ImageBuildException e) {
            // Its message is written for the user: a compile problem, a missing tool.
            throw new BadInputException(e.getMessage(), e);
        }
    }
}
