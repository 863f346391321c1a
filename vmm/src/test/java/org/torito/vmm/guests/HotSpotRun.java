package org.torito.vmm.guests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A test guest's main class run on HotSpot from the test classes, as the reference a guest's run
 * is compared with: its output (stdout and stderr together) collected while it runs.
 */
final class HotSpotRun {
    private final Process process;
    private final CompletableFuture<byte[]> output;

    private HotSpotRun(Process process) {
        this.process = process;
        this.output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
    }

    static HotSpotRun start(Class<?> mainClass, String... args) throws IOException {
        return start(mainClass, Map.of(), args);
    }

    /** As above, with {@code env} added to the environment, on the tests' whole classpath (an example's class too). */
    static HotSpotRun start(Class<?> mainClass, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", GuestImages.TEST_CLASSES + java.io.File.pathSeparator + System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        return new HotSpotRun(builder.start());
    }

    /** Waits for the program to end; its exit status. */
    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** All the program printed, once it has ended. */
    String output() throws Exception {
        return new String(output.get(), StandardCharsets.UTF_8);
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return e.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
