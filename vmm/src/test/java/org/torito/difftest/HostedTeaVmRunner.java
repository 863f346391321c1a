package org.torito.difftest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.teavm.diagnostics.DefaultProblemTextConsumer;
import org.teavm.diagnostics.Problem;
import org.teavm.tooling.ConsoleTeaVMToolLog;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;

/**
 * The stand-in for a Torito guest until the monitor can boot one: {@link DiffSuite} compiled
 * by TeaVM's C backend exactly as the image pipeline does, but linked by gcc as an ordinary
 * hosted Linux executable. It is built once and reused while the suite's classes are
 * unchanged. Each run gets a 2 MiB native stack, the guest's per-core stack size.
 */
final class HostedTeaVmRunner implements GuestRunner {

    /** TeaVM's own default; the guest image uses the same. */
    static final int MAX_HEAP_BYTES = 128 << 20;
    static final int STACK_KIB = 2048;

    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);

    private final Path buildDir;
    private Path executable;
    private Exception buildFailure;

    HostedTeaVmRunner(Path buildDir) {
        this.buildDir = buildDir;
    }

    @Override
    public String name() {
        return "hosted-teavm";
    }

    @Override
    public ProgramRun run(String program) throws Exception {
        Path exe = build();
        // ulimit in a shell: Java cannot set a child's rlimits, and prlimit may be absent.
        return Subprocess.run(List.of("/bin/sh", "-c", "ulimit -s " + STACK_KIB + " && exec \"$0\" \"$@\"",
                exe.toString(), program), buildDir, RUN_TIMEOUT);
    }

    /** Generates C with TeaVM and compiles it with gcc, unless an up-to-date build exists. */
    synchronized Path build() throws Exception {
        if (executable != null) {
            return executable;
        }
        if (buildFailure != null) {
            throw new IllegalStateException("the hosted build failed earlier in this run", buildFailure);
        }
        try {
            executable = buildOnce();
            return executable;
        } catch (Exception e) {
            buildFailure = e;
            throw e;
        }
    }

    private Path buildOnce() throws Exception {
        Path exe = buildDir.resolve("diffsuite");
        Path stamp = buildDir.resolve("inputs.sha256");
        String key = inputsKey();
        if (Files.isExecutable(exe) && Files.exists(stamp) && Files.readString(stamp).equals(key)) {
            return exe;
        }
        Path cDir = buildDir.resolve("c");
        deleteTree(cDir);
        Files.createDirectories(cDir);
        Files.deleteIfExists(stamp);

        TeaVMTool tool = new TeaVMTool();
        tool.setTargetType(TeaVMTargetType.C);
        tool.setMainClass(DiffSuite.class.getName());
        tool.setTargetDirectory(cDir.toFile());
        tool.setClassLoader(DiffSuite.class.getClassLoader());
        tool.setLog(new ConsoleTeaVMToolLog(false));
        tool.setObfuscated(false);
        tool.setIncremental(false);
        tool.setMaxHeapSize(MAX_HEAP_BYTES);
        tool.generate();
        if (!tool.getProblemProvider().getSevereProblems().isEmpty()) {
            StringBuilder text = new StringBuilder("TeaVM could not compile the suite:");
            for (Problem problem : tool.getProblemProvider().getSevereProblems()) {
                DefaultProblemTextConsumer consumer = new DefaultProblemTextConsumer();
                problem.render(consumer);
                text.append("\n  ").append(consumer.getText());
                if (problem.getLocation() != null && problem.getLocation().getMethod() != null) {
                    text.append("  (in ").append(problem.getLocation().getMethod()).append(')');
                }
            }
            throw new IllegalStateException(text.toString());
        }
        ProgramRun gcc = Subprocess.run(List.of("gcc", "-O2", "-g", "-w", "-o", exe.toString(), "all.c", "-lm"),
                cDir, BUILD_TIMEOUT);
        if (gcc.exitCode() != 0) {
            throw new IllegalStateException("gcc failed (" + gcc.exitCode() + "):\n" + gcc.stderr());
        }
        Files.writeString(stamp, key);
        return exe;
    }

    /** A digest of every class the image is built from that can change between test runs. */
    private static String inputsKey() throws IOException, NoSuchAlgorithmException {
        Path root = HotSpotRunner.testClassesDir().resolve(DiffSuite.class.getPackageName().replace('.', '/'));
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(("heap=" + MAX_HEAP_BYTES + "\n").getBytes());
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                digest.update(root.relativize(file).toString().getBytes());
                digest.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
