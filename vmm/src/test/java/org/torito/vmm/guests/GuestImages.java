package org.torito.vmm.guests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.torito.boot.ImageBuilder;
import org.torito.boot.ImageSpec;

/**
 * Guest images for the VM tests: the examples Maven built in boot/, and test guests built
 * here from the test classes through the real pipeline (cached across runs like any build).
 */
final class GuestImages {
    private static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path HOME = MODULE.getParent();
    static final Path TEST_CLASSES = MODULE.resolve("target/test-classes");

    private GuestImages() {
    }

    /** An example image from examples/target/images, built by the Maven build before these tests. */
    static Path example(String name) {
        Path image = HOME.resolve("examples/target/images").resolve(name + ".elf");
        if (!Files.isRegularFile(image)) {
            throw new IllegalStateException(image + " is missing: the examples module's build makes it");
        }
        return image;
    }

    /** Builds {@code mainClass} from the test classes alone. */
    static synchronized Path build(Class<?> mainClass) throws Exception {
        Path output = MODULE.resolve("target/guests").resolve(mainClass.getSimpleName() + ".elf");
        Files.createDirectories(output.getParent());
        new ImageBuilder(line -> { }).build(new ImageSpec(mainClass.getName(), List.of(TEST_CLASSES), output, List.of()));
        return output;
    }

    /** Builds {@code mainClass} from the test classes, with {@code cSource} from the test resources. */
    static synchronized Path build(Class<?> mainClass, String cSource) throws Exception {
        Path output = MODULE.resolve("target/guests").resolve(mainClass.getSimpleName() + ".elf");
        Files.createDirectories(output.getParent());
        Path c = TEST_CLASSES.resolve(mainClass.getPackageName().replace('.', '/')).resolve(cSource);
        new ImageBuilder(line -> { }).build(new ImageSpec(mainClass.getName(), List.of(TEST_CLASSES), output, List.of(c)));
        return output;
    }
}
