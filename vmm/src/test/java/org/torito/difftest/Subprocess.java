package org.torito.difftest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One child process run to completion with a deadline. Output goes to files rather than pipes
 * so a chatty child can never block on a full pipe while we wait for it.
 */
final class Subprocess {

    private Subprocess() {
    }

    static ProgramRun run(List<String> command, Path workDir, Duration timeout) throws IOException, InterruptedException {
        Path out = Files.createTempFile("difftest-", ".out");
        Path err = Files.createTempFile("difftest-", ".err");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor();
                throw new IOException("timed out after " + timeout.toSeconds() + " s: " + String.join(" ", command));
            }
            return new ProgramRun(Files.readAllBytes(out), process.exitValue(), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
