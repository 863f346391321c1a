package org.torito.vmm.guests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The monitor started as ./torito starts it, start-up cache included (the JDK 25 AOT cache the
 * launcher trains on the hello guest), for {@link CliRun#launch}: made once per test JVM. A
 * timed run should start the monitor as a user's launcher does. Started cold instead, the
 * monitor's JIT compiled for the first half second of the guest's run, and on two host CPUs
 * shared with four guest cores that held a core process off its CPU for 1-4 ms right when its
 * first Thread.sleep was due. An AOT cache wants JARs on the class path, not directories, so the
 * monitor's classes are packed into one first, as the build's own jar would hold them.
 */
final class LauncherAotCache {
    private static List<String> options;
    private static String classPath;

    private LauncherAotCache() {
    }

    /** The command for {@code args}: on the cache when training worked, else as {@link CliRun#command(String...)}. */
    static synchronized List<String> command(String... args) {
        if (classPath == null) {
            prepare();
        }
        return CliRun.command(classPath, options, args);
    }

    private static void prepare() {
        classPath = System.getProperty("java.class.path");
        options = List.of();
        try {
            Path dir = Files.createTempDirectory("torito-launcher");
            String jars = jarClassPath(dir);
            Path cache = dir.resolve("torito.aot");
            List<String> training = CliRun.command(jars, List.of("-XX:AOTCacheOutput=" + cache, "-Xlog:aot=off",
                    "-Xlog:cds=off"), "run", GuestImages.HOME.resolve("configs/hello.json").toString());
            Process process = new ProcessBuilder(training).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean done = process.waitFor(120, TimeUnit.SECONDS);
            if (!done) {
                process.destroyForcibly();
            }
            deleteOnExit(dir);
            if (done && process.exitValue() == 0 && Files.isRegularFile(cache)) {
                classPath = jars;
                options = List.of("-XX:AOTCache=" + cache, "-Xlog:aot=off", "-Xlog:cds=off");
            } else {
                System.err.println("LauncherAotCache: training the start-up cache failed; timed runs start cold");
            }
        } catch (IOException e) {
            System.err.println("LauncherAotCache: " + e + "; timed runs start cold");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** This JVM's class path with each classes directory packed into a jar in {@code dir}; test classes left out. */
    private static String jarClassPath(Path dir) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!Files.isDirectory(path)) {
                entries.add(entry);
            } else if (!path.getFileName().toString().equals("test-classes")) {
                Path jar = dir.resolve("classes-" + entries.size() + ".jar");
                pack(path, jar);
                entries.add(jar.toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void pack(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                try (var in = Files.newInputStream(file)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    private static void deleteOnExit(Path dir) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // A temporary directory left behind; nothing else depends on it.
            }
        }));
    }
}
