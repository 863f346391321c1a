package org.torito.boot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The host's gcc, ld and objdump, run as processes in a working directory. */
final class Toolchain {
    private static final String INSTALL_HINT = " (install it: apt-get install gcc binutils)";

    private Toolchain() {
    }

    /** The first line of `tool --version`; part of the cache key. Fails clearly when the tool is missing. */
    static String version(String tool) throws ImageBuildException {
        String out = run(Path.of("."), List.of(tool, "--version"), tool);
        return out.lines().findFirst().orElse("").strip();
    }

    static String gccLibrary() throws ImageBuildException {
        return run(Path.of("."), List.of("gcc", "-print-libgcc-file-name"), "gcc").strip();
    }

    /** Runs a command; returns its output, or throws with the output when it fails. */
    static String run(Path dir, List<String> command, String tool) throws ImageBuildException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("SOURCE_DATE_EPOCH", "0");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new ImageBuildException(tool + " not found on PATH" + INSTALL_HINT);
        }
        try {
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new ImageBuildException(tool + " did not finish within 10 minutes");
            }
            String text = new String(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new ImageBuildException(tool + " failed (exit " + p.exitValue() + "): " + String.join(" ", command)
                        + "\n" + text.strip());
            }
            return text;
        } catch (IOException e) {
            throw new ImageBuildException("cannot read the output of " + tool + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new ImageBuildException(tool + " was interrupted");
        }
    }
}
