package org.torito.vmm.guests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.torito.vmm.accel.Accelerators;
import org.torito.vmm.cli.ToritoCli;

/**
 * One {@code torito} invocation with the real monitor and pipeline, with the guest console and
 * everything written to standard error captured: in this JVM ({@link #execute}), or in a JVM of
 * its own started with the launcher's options ({@link #launch}).
 */
record CliRun(int exitCode, String console, String errors, String acceleratorNote) {
    private static final String NOTE = "torito: accelerator: ";

    /**
     * Splits the monitor's one line about the accelerator {@code auto} chose (docs/architecture.md)
     * from the rest of standard error, which tests expect to hold problems only.
     */
    CliRun(int exitCode, String console, String errors) {
        this(exitCode, console, withoutNote(errors), note(errors));
    }

    private static String note(String errors) {
        return errors.lines().filter(line -> line.startsWith(NOTE)).findFirst().orElse("");
    }

    private static String withoutNote(String errors) {
        int at = errors.indexOf(NOTE);
        if (at < 0 || (at > 0 && errors.charAt(at - 1) != '\n')) {
            return errors;
        }
        int end = errors.indexOf('\n', at);
        return errors.substring(0, at) + (end < 0 ? "" : errors.substring(end + 1));
    }

    /** The JVM options ./torito gives the monitor by default ({@code TORITO_MONITOR_JVM_OPTIONS} in scripts/env.sh). */
    static final List<String> LAUNCHER_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-XX:-UsePerfData");

    /** The command that runs the CLI with {@code args} in a JVM of its own, set up as ./torito sets it up. */
    static List<String> command(String... args) {
        return command(System.getProperty("java.class.path"), List.of(), args);
    }

    /** The same on class path {@code classPath}, with {@code options} after the launcher's own. */
    static List<String> command(String classPath, List<String> options, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(LAUNCHER_JVM_OPTIONS);
        command.addAll(options);
        command.add("-cp");
        command.add(classPath);
        command.add("-Dtorito.home=" + GuestImages.HOME);
        String accelerator = System.getProperty(Accelerators.AUTO_PROPERTY);
        if (accelerator != null) {
            command.add("-D" + Accelerators.AUTO_PROPERTY + "=" + accelerator);
        }
        command.add(ToritoCli.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Runs the CLI in a JVM of its own, as a user's ./torito does, start-up cache included
     * ({@link LauncherAotCache}). For timing checks: a
     * collection pause in the test JVM (G1 young pauses of 6-17 ms were logged there) holds up a
     * vCPU thread coming back from IDLE into Java, which the launcher's small Serial heap does not.
     */
    static CliRun launch(String... args) {
        try {
            Path errors = Files.createTempFile("torito-cli", ".err");
            try {
                Process process = new ProcessBuilder(LauncherAotCache.command(args)).redirectError(errors.toFile())
                        .start();
                process.getOutputStream().close();
                CompletableFuture<byte[]> console = CompletableFuture.supplyAsync(() -> {
                    try {
                        return process.getInputStream().readAllBytes();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                int code = process.waitFor();
                return new CliRun(code, new String(console.join(), StandardCharsets.UTF_8), Files.readString(errors));
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the monitor ran", e);
        }
    }

    static CliRun execute(String... args) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ByteArrayOutputStream monitorErrors = new ByteArrayOutputStream();
        StringWriter cliErrors = new StringWriter();
        var cli = ToritoCli.commandLine(
                ToritoCli.machineRunner(new PrintStream(console, true, StandardCharsets.UTF_8),
                        new PrintStream(monitorErrors, true, StandardCharsets.UTF_8)),
                ToritoCli.pipelineImageMaker(), GuestImages.HOME);
        cli.setErr(new PrintWriter(cliErrors, true));
        int code = cli.execute(args);
        return new CliRun(code, console.toString(StandardCharsets.UTF_8),
                cliErrors + monitorErrors.toString(StandardCharsets.UTF_8));
    }
}
