package org.torito.vmm.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.torito.boot.ImageSpec;
import org.torito.examples.ExampleImages;

/**
 * Builds an example's image the first time a run asks for it, so that the first {@code ./torito}
 * on a fresh clone builds the jars and the one image its run needs, not all of them. Only a
 * missing file in the Torito home's {@value ExampleImages#FOLDER} named for an example is built;
 * any other missing kernel stays the user's error, reported by {@link KernelFile}.
 */
final class ExampleImageOnDemand {
    private ExampleImageOnDemand() {
    }

    static void buildIfMissing(Path kernel, Path home, ImageMaker maker, PrintWriter err) throws Exception {
        Path image = kernel.toAbsolutePath().normalize();
        if (Files.exists(image) || !home.resolve(ExampleImages.FOLDER).toAbsolutePath().normalize()
                .equals(image.getParent())) {
            return;
        }
        String mainClass = ExampleImages.mainClassOf(image.getFileName().toString()).orElse(null);
        if (mainClass == null) {
            return;
        }
        err.println("torito: " + image.getFileName() + " is not built yet; building it from " + mainClass
                + " (first use only)");
        err.flush();
        Files.createDirectories(image.getParent());
        maker.build(new ImageSpec(mainClass, List.of(ExampleImages.classes()), image, List.of()), line -> {
            err.println("torito: " + line);
            err.flush();
        });
    }
}
