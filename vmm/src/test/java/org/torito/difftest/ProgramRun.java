package org.torito.difftest;

import java.nio.charset.StandardCharsets;

/** What one run of a differential program produced: its stdout bytes and its exit code. */
public record ProgramRun(byte[] stdout, int exitCode, String stderr) {

    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }
}
