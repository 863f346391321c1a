package org.torito.difftest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One child process with stdin from /dev/null and a deadline. Output goes to files rather than
 * pipes so a chatty child can never block on a full pipe while we wait for it.
 */
public final class Subprocess {
    /** Exit code recorded for a run that hit its deadline. */
    public static final int TIMED_OUT = -1;

    /** A run's output (stdout cut at the cap it was given), exit code or {@link #TIMED_OUT}, and time. */
    public record Result(byte[] stdout, boolean stdoutTruncated, int exitCode, String stderr, long millis) {
        public boolean timedOut() {
            return exitCode == TIMED_OUT;
        }
    }

    private Subprocess() {
    }

    /** Runs to completion; a run past its deadline is an IOException. Output is kept whole. */
    static ProgramRun run(List<String> command, Path workDir, Duration timeout) throws IOException, InterruptedException {
        Result result = run(command, workDir, timeout, Integer.MAX_VALUE - 8, Integer.MAX_VALUE - 8);
        if (result.timedOut()) {
            throw new IOException("timed out after " + timeout.toSeconds() + " s: " + String.join(" ", command));
        }
        return new ProgramRun(result.stdout(), result.exitCode(), result.stderr());
    }

    /** Runs until done or the deadline (then kills it and its children); keeps at most the given bytes. */
    public static Result run(List<String> command, Path workDir, Duration timeout, int maxStdout, int maxStderr)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("difftest-", ".out");
        Path err = Files.createTempFile("difftest-", ".err");
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            boolean done = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor();
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            byte[] stdout = head(out, maxStdout + 1);
            boolean truncated = stdout.length > maxStdout;
            if (truncated) {
                stdout = Arrays.copyOf(stdout, maxStdout);
            }
            String stderr = new String(head(err, maxStderr), StandardCharsets.UTF_8);
            return new Result(stdout, truncated, done ? process.exitValue() : TIMED_OUT, stderr, millis);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static byte[] head(Path file, int max) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        }
    }
}
