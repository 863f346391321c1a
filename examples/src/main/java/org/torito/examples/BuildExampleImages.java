package org.torito.boot;

import java.nio.file.Path;
import java.util.List;

/**
 * Run by Maven (exec-maven-plugin, boot/pom.xml) to build the example images into the
 * folder given as the first argument (boot/target/images). Uses the cache, so an unchanged
 * build costs only the hashing.
 */
public final class BuildExampleImages {
    /** Main class (in org.torito.examples) and image file name. */
    private static final String[][] EXAMPLES = {
            {"Hello", "hello.elf"},
            {"HelloCores", "hello-cores.elf"},
            {"PingPong", "ping-pong.elf"},
            {"ParallelSum", "parallel.elf"},
            {"CoreChecks", "core-checks.elf"},
            {"GcIsolation", "gc-isolation.elf"},
            {"IdleCores", "idle.elf"},
            {"SleepPrecision", "sleep-precision.elf"},
            {"DiskCheck", "disk-check.elf"},
            {"DiskBench", "disk-bench.elf"},
            {"HttpServer", "http.elf"},
            {"PingResponder", "ping.elf"},
            {"FileServer", "fileserver.elf"},
            {"FileReadBench", "file-read-bench.elf"},
            {"DoorCosts", "door-costs.elf"},
    };

    private BuildExampleImages() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/images");
        ImageBuilder builder = new ImageBuilder(line -> System.out.println("torito: " + line));
        try {
            // The examples are part of torito-guest, which is on this class's classpath.
            for (String[] example : EXAMPLES) {
                builder.build(new ImageSpec("org.torito.examples." + example[0], List.of(), dir.resolve(example[1]),
                        List.of()));
            }
        } catch (ImageBuildException e) {
            System.err.println("torito: " + e.getMessage());
            System.exit(1);
        }
    }
}
