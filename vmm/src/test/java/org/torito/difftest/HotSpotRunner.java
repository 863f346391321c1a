package org.torito.difftest;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The oracle: runs a program's own main class on the JDK that runs the tests, in a fresh JVM.
 * It runs the program class directly, not {@link DiffSuite}, so a dispatcher that routes a
 * name to the wrong program shows up as a difference.
 */
final class HotSpotRunner {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Path classesDir;

    HotSpotRunner() {
        this.classesDir = testClassesDir();
    }

    ProgramRun run(String program) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A large Java stack keeps HotSpot's interpreter frames out of the deep-recursion
        // program's way: the guest's limit is what that program probes, not HotSpot's.
        return Subprocess.run(List.of(java, "-Xss64m", "-Xmx1g", "-Dstdout.encoding=UTF-8", "-cp", classesDir.toString(),
                DiffSuite.PROGRAM_PACKAGE + "." + program), classesDir, TIMEOUT);
    }

    static Path testClassesDir() {
        try {
            return Path.of(DiffSuite.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
