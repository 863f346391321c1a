package org.torito.fs;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * A program from e2fsprogs, genext2fs, dosfstools or mtools that checks our images. Missing:
 * the test fails under CI=true (CI must not pass by skipping) and is skipped elsewhere.
 */
public final class ExternalTool {
    private static final String[] DIRS = {"/usr/sbin", "/sbin", "/usr/bin", "/bin"};

    private ExternalTool() {
    }

    /** Exit code and combined output of one run. */
    public static final class Result {
        public final int exitCode;
        public final byte[] stdout;
        public final String stderr;

        Result(int exitCode, byte[] stdout, String stderr) {
            this.exitCode = exitCode;
            this.stdout = stdout;
            this.stderr = stderr;
        }

        public String text() {
            return new String(stdout) + stderr;
        }
    }

    /** The tool's path, after failing or skipping the test if it is not installed. */
    public static String require(String tool, String debianPackage) {
        for (String dir : DIRS) {
            File f = new File(dir, tool);
            if (f.canExecute()) {
                return f.getPath();
            }
        }
        String message = tool + " is not installed (apt-get install -y " + debianPackage + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but " + message);
        }
        Assumptions.abort("skipped: " + message);
        return null;
    }

    public static Result run(String tool, String debianPackage, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(require(tool, debianPackage));
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("MTOOLS_SKIP_CHECK", "1");
        Process p = pb.start();
        p.getOutputStream().close();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errors = new Thread(() -> copy(p.getErrorStream(), err));
        errors.start();
        byte[] out = p.getInputStream().readAllBytes();
        int code = p.waitFor();
        errors.join();
        return new Result(code, out, err.toString());
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    /** Runs the tool and fails the test unless it exits 0. */
    public static Result ok(String tool, String debianPackage, String... args) throws IOException, InterruptedException {
        Result r = run(tool, debianPackage, args);
        if (r.exitCode != 0) {
            fail(tool + " " + String.join(" ", args) + " exited " + r.exitCode + ":\n" + r.text());
        }
        return r;
    }

    public static void e2fsckClean(String image) throws IOException, InterruptedException {
        ok("e2fsck", "e2fsprogs", "-fn", image);
    }

    public static byte[] debugfsCat(String image, String path) throws IOException, InterruptedException {
        return ok("debugfs", "e2fsprogs", "-R", "cat \"" + path + "\"", image).stdout;
    }

    /** The inode's modification time in seconds since the epoch, as debugfs's stat prints it. */
    public static long debugfsMtime(String image, String path) throws IOException, InterruptedException {
        String stat = ok("debugfs", "e2fsprogs", "-R", "stat \"" + path + "\"", image).text();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*mtime: 0x([0-9a-f]+)").matcher(stat);
        if (!m.find()) {
            fail("debugfs stat " + path + " printed no mtime:\n" + stat);
        }
        return Long.parseLong(m.group(1), 16);
    }
}
