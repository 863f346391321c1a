package org.torito.vmm.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.torito.boot.ImageSpec;
import org.torito.vmm.config.VmConfig;

/**
 * One `torito` invocation through picocli with the two seams replaced by recorders, so a
 * test sees the exit code, both streams and what would have been booted or built.
 */
final class CliSession {
    final List<VmConfig> booted = new ArrayList<>();
    final List<ImageSpec> built = new ArrayList<>();
    private final Path home;
    VmRunner runner;
    ImageMaker maker;
    int exitCode;
    String out;
    String err;

    CliSession(Path home) {
        this.home = home;
        this.runner = (config, reports) -> {
            booted.add(config);
            return 0;
        };
        this.maker = (spec, progress) -> built.add(spec);
    }

    /** The guest this session boots exits with {@code code}. */
    CliSession guestExits(int code) {
        runner = (config, reports) -> {
            booted.add(config);
            return code;
        };
        return this;
    }

    CliSession execute(String... args) {
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        var cli = ToritoCli.commandLine(runner, maker, home);
        cli.setOut(new PrintWriter(outText, true));
        cli.setErr(new PrintWriter(errText, true));
        exitCode = cli.execute(args);
        out = outText.toString();
        err = errText.toString();
        return this;
    }
}
