package org.torito.difftest;

import java.nio.file.Path;
import java.util.List;
import org.torito.boot.ImageBuilder;
import org.torito.boot.ImageSpec;

/**
 * {@link DiffSuite} built once per test run by one of the image builder's targets. A failed
 * build fails every later program at once instead of being tried again for each; an unchanged
 * suite costs nothing, thanks to the builder's cache.
 */
final class SuiteBuild {
    /** How a runner builds: the guest image or the hosted executable. */
    @FunctionalInterface
    interface Target {
        Path build(ImageBuilder builder, ImageSpec spec) throws Exception;
    }

    private final Path buildDir;
    private final String outputName;
    private final Target target;
    private Path output;
    private Exception failure;

    SuiteBuild(Path buildDir, String outputName, Target target) {
        this.buildDir = buildDir;
        this.outputName = outputName;
        this.target = target;
    }

    synchronized Path get() throws Exception {
        if (failure != null) {
            throw new IllegalStateException("building " + outputName + " failed earlier in this run", failure);
        }
        if (output == null) {
            try {
                Path classes = SuiteClasses.copyTo(buildDir.resolve("classes"));
                output = target.build(new ImageBuilder(line -> System.out.println("difftest: " + line)),
                        new ImageSpec(DiffSuite.class.getName(), List.of(classes), buildDir.resolve(outputName),
                                List.of()));
            } catch (Exception e) {
                failure = e;
                throw e;
            }
        }
        return output;
    }
}
