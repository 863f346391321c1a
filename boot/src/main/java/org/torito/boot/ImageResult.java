package org.torito.boot;

import java.nio.file.Path;

/** The ELF that {@link ImageBuilder} produced, and whether it was reused from the cache. */
public record ImageResult(Path image, boolean reused) {
}
