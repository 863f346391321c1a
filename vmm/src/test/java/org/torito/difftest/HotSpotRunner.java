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
        // A large Java stack keeps HotSpot's interpreter frames out of the deep-recursion
        // program's way: the guest's limit is what that program probes, not HotSpot's.
        return runClass(DiffSuite.PROGRAM_PACKAGE + "." + program,
                DiffSuite.OVERFLOW_ON_PURPOSE.contains(program) ? "-Xss1m" : "-Xss64m");
    }

    /** Runs {@code mainClass} from the test classes with one JVM option of the caller's (a stack size). */
    ProgramRun runClass(String mainClass, String jvmOption) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return Subprocess.run(List.of(java, jvmOption, "-Xmx1g", "-Dstdout.encoding=UTF-8", "-cp", classesDir.toString(),
                mainClass), classesDir, TIMEOUT);
    }

    static Path testClassesDir() {
        try {
            return Path.of(DiffSuite.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
