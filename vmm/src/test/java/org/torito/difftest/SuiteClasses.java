package org.torito.difftest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The suite's own class files, copied into a folder of their own for an image build: the
 * image builder's cache key hashes every class file on the classpath, so it then changes
 * with the suite and not with unrelated tests.
 */
final class SuiteClasses {
    private SuiteClasses() {
    }

    static Path copyTo(Path classes) throws IOException {
        String packageDir = DiffSuite.class.getPackageName().replace('.', '/');
        Path from = HotSpotRunner.testClassesDir().resolve(packageDir);
        if (Files.exists(classes)) {
            try (Stream<Path> old = Files.walk(classes)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                Path to = classes.resolve(packageDir).resolve(from.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        }
        return classes;
    }
}
