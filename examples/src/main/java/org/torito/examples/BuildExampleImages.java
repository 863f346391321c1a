package org.torito.examples;

import java.nio.file.Path;
import java.util.List;
import org.torito.boot.ImageBuildException;
import org.torito.boot.ImageBuilder;
import org.torito.boot.ImageSpec;

/**
 * Run by Maven (exec-maven-plugin, examples/pom.xml) to build the example images into the
 * folder given as the first argument (examples/target/images); further arguments name the
 * images to build (e.g. {@code http.elf}), all of them by default. Uses the build cache, so an
 * unchanged image costs only the hashing.
 */
public final class BuildExampleImages {
    private BuildExampleImages() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/images");
        List<String> names = args.length > 1 ? List.of(args).subList(1, args.length) : ExampleImages.names();
        ImageBuilder builder = new ImageBuilder(line -> System.out.println("torito: " + line));
        try {
            for (String name : names) {
                String mainClass = ExampleImages.mainClassOf(name).orElseThrow(() -> new IllegalArgumentException(
                        name + " is not an example image; they are " + ExampleImages.names()));
                builder.build(new ImageSpec(mainClass, List.of(ExampleImages.classes()), dir.resolve(name), List.of()));
            }
        } catch (ImageBuildException | IllegalArgumentException e) {
            System.err.println("torito: " + e.getMessage());
            System.exit(1);
        }
    }
}
