package org.torito.boot;

import java.nio.file.Path;
import java.util.List;

/**
 * What to build: the application's main class, the classpath that holds it (the Torito
 * guest runtime is added by the builder), the ELF to write, and optional extra C sources
 * linked into the image (C functions the application reaches through TeaVM's {@code @Import}).
 */
public record ImageSpec(String mainClass, List<Path> classpath, Path output, List<Path> extraCSources) {
    public ImageSpec {
        classpath = List.copyOf(classpath);
        extraCSources = List.copyOf(extraCSources);
    }
}
