package org.torito.difftest.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One child process with stdin from /dev/null, a deadline and a cap on the output kept. Output
 * goes to files, so a chatty child cannot block on a full pipe.
 */
final class Proc {
    /** Exit code recorded for a run that hit its deadline. */
    static final int TIMED_OUT = -1;

    record Result(byte[] stdout, boolean stdoutTruncated, int exitCode, String stderr, long millis) {
        boolean timedOut() {
            return exitCode == TIMED_OUT;
        }
    }

    private Proc() {
    }

    static Result run(List<String> command, Path workDir, Duration timeout, int maxOutput)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("corpus-", ".out");
        Path err = Files.createTempFile("corpus-", ".err");
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
            byte[] stdout = head(out, maxOutput + 1);
            boolean truncated = stdout.length > maxOutput;
            if (truncated) {
                stdout = java.util.Arrays.copyOf(stdout, maxOutput);
            }
            String stderr = new String(head(err, 16 * 1024), java.nio.charset.StandardCharsets.UTF_8);
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
