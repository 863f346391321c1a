package org.torito.vmm.guests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.torito.vmm.cli.ToritoCli;

/**
 * One {@code torito} invocation with the real monitor and pipeline, in process, with the
 * guest console and everything written to standard error captured.
 */
record CliRun(int exitCode, String console, String errors) {
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
