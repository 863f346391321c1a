package org.torito.examples;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The example images: each image file's name and the main class it is built from. One list for
 * the Maven build, which makes them all (BuildExampleImages), and for {@code torito run}, which
 * builds an example's image the first time a config asks for it. This class is never part of an
 * image: no example's main class names it.
 */
public final class ExampleImages {
    /** Where the images go, relative to the Torito home (the configs point here). */
    public static final String FOLDER = "examples/target/images";

    private static final Map<String, String> MAIN_CLASSES = new LinkedHashMap<>();

    static {
        add("hello.elf", Hello.class);
        add("hello-cores.elf", HelloCores.class);
        add("ping-pong.elf", PingPong.class);
        add("parallel.elf", ParallelSum.class);
        add("core-checks.elf", CoreChecks.class);
        add("gc-isolation.elf", GcIsolation.class);
        add("idle.elf", IdleCores.class);
        add("sleep-precision.elf", SleepPrecision.class);
        add("disk-check.elf", DiskCheck.class);
        add("disk-bench.elf", DiskBench.class);
        add("http.elf", HttpServer.class);
        add("http-jdk.elf", JdkHttpServer.class);
        add("ping.elf", PingResponder.class);
        add("fileserver.elf", FileServer.class);
        add("fileserver-jdk.elf", JdkFileServer.class);
        add("file-read-bench.elf", FileReadBench.class);
        add("door-costs.elf", DoorCosts.class);
    }

    private ExampleImages() {
    }

    private static void add(String image, Class<?> mainClass) {
        MAIN_CLASSES.put(image, mainClass.getName());
    }

    /** Every example image's file name, in build order. */
    public static List<String> names() {
        return List.copyOf(MAIN_CLASSES.keySet());
    }

    /** The main class the image file {@code name} (e.g. "http.elf") is built from, if it is an example's. */
    public static Optional<String> mainClassOf(String name) {
        return Optional.ofNullable(MAIN_CLASSES.get(name));
    }

    /**
     * Where the examples' classes are (their jar, or target/classes in a build): the classpath an
     * example image is built from, so the build's cache key follows the examples' code.
     */
    public static Path classes() {
        try {
            return Path.of(ExampleImages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the examples' classes: " + e.getMessage(), e);
        }
    }
}
