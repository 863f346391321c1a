package org.torito.vmm.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** torito image: images built from a directory pass the real checkers and read back through ls and cat. */
class ImageCommandTest {
    @TempDir
    Path dir;

    private Path tree() throws IOException {
        Path src = dir.resolve("site");
        Files.createDirectories(src.resolve("static/css"));
        Files.writeString(src.resolve("index.html"), "<h1>hello</h1>\n");
        Files.writeString(src.resolve("static/css/A Long Style Sheet Name.css"), "body{}\n");
        byte[] big = new byte[2_500_000];
        new Random(1).nextBytes(big);
        Files.write(src.resolve("static/big.bin"), big);
        Files.createDirectories(src.resolve("empty"));
        return src;
    }

    private static String tool(String name, String pkg) {
        for (String d : new String[] {"/usr/sbin", "/sbin", "/usr/bin"}) {
            if (new File(d, name).canExecute()) {
                return d + "/" + name;
            }
        }
        String message = name + " is not installed (apt-get install -y " + pkg + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("CI=true but " + message);
        }
        Assumptions.abort("skipped: " + message);
        return null;
    }

    private static byte[] run(String... command) throws Exception {
        List<String> c = new ArrayList<>(List.of(command));
        File errors = File.createTempFile("tool", ".err");
        ProcessBuilder pb = new ProcessBuilder(c).redirectError(errors);
        pb.environment().put("MTOOLS_SKIP_CHECK", "1");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        int code = p.waitFor();
        String stderr = Files.readString(errors.toPath());
        errors.delete();
        assertEquals(0, code, String.join(" ", command) + ":\n" + new String(out) + stderr);
        return out;
    }

    private byte[] cat(String image, String path) {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true));
        try {
            CliSession s = new CliSession(dir).execute("image", "cat", image, path);
            assertEquals(0, s.exitCode, s.err);
        } finally {
            System.setOut(saved);
        }
        return bytes.toByteArray();
    }

    @Test
    void ext2ImagePassesE2fsckAndDebugfsReadsEveryFile() throws Exception {
        String e2fsck = tool("e2fsck", "e2fsprogs");
        String debugfs = tool("debugfs", "e2fsprogs");
        Path src = tree();
        String img = dir.resolve("site.img").toString();
        CliSession s = new CliSession(dir).execute("image", "ext2", src.toString(), img, "--size", "16M");
        assertEquals(0, s.exitCode, s.err);
        assertEquals(16L << 20, Files.size(Path.of(img)));
        run(e2fsck, "-fn", img);
        for (String f : new String[] {"index.html", "static/css/A Long Style Sheet Name.css", "static/big.bin"}) {
            assertArrayEquals(Files.readAllBytes(src.resolve(f)), run(debugfs, "-R", "cat \"/" + f + "\"", img), f);
            assertArrayEquals(Files.readAllBytes(src.resolve(f)), cat(img, "/" + f), f);
        }
        CliSession ls = new CliSession(dir).execute("image", "ls", img, "/");
        assertEquals(0, ls.exitCode, ls.err);
        assertTrue(ls.out.contains("d0755 ") && ls.out.contains(" lost+found\n") && ls.out.contains("-0644         15 index.html\n"), ls.out);
        CliSession recursive = new CliSession(dir).execute("image", "ls", "-R", img, "/static");
        assertTrue(recursive.out.contains("   2500000 /static/big.bin\n"), recursive.out);
    }

    @Test
    void fatImagePassesFsckAndMtypeReadsEveryFile() throws Exception {
        String fsck = tool("fsck.fat", "dosfstools");
        String mtype = tool("mtype", "mtools");
        Path src = tree();
        String img = dir.resolve("site.fat").toString();
        CliSession s = new CliSession(dir).execute("image", "fat", src.toString(), img);
        assertEquals(0, s.exitCode, s.err);
        run(fsck, "-n", img);
        for (String f : new String[] {"index.html", "static/css/A Long Style Sheet Name.css", "static/big.bin"}) {
            assertArrayEquals(Files.readAllBytes(src.resolve(f)), run(mtype, "-i", img, "::/" + f), f);
            assertArrayEquals(Files.readAllBytes(src.resolve(f)), cat(img, "/" + f), f);
        }
        CliSession ls = new CliSession(dir).execute("image", "ls", img, "/static/css");
        assertEquals("-0644          7 A Long Style Sheet Name.css\n", ls.out);
    }

    @Test
    void badInputExitsTwoWithOneLine() throws Exception {
        Path src = tree();
        String img = dir.resolve("x.img").toString();

        CliSession missing = new CliSession(dir).execute("image", "ext2", dir.resolve("nope").toString(), img);
        assertEquals(2, missing.exitCode);
        assertEquals("torito: " + dir.resolve("nope") + ": no such directory\n", missing.err);

        CliSession small = new CliSession(dir).execute("image", "ext2", src.toString(), img, "--size", "1M");
        assertEquals(2, small.exitCode);
        assertTrue(small.err.startsWith("torito: " + img + ": 1M is too small for " + src), small.err);
        assertFalse(Files.exists(Path.of(img)), "no partial image is left behind");

        CliSession smallFat = new CliSession(dir).execute("image", "fat", src.toString(), img, "--size", "1M");
        assertEquals(2, smallFat.exitCode, smallFat.err);
        assertTrue(smallFat.err.contains("is too small for"), smallFat.err);

        CliSession badSize = new CliSession(dir).execute("image", "fat", src.toString(), img, "--size", "lots");
        assertEquals(2, badSize.exitCode);
        assertTrue(badSize.err.startsWith("torito: --size: "), badSize.err);

        Path junk = Files.write(dir.resolve("junk.img"), new byte[4096]);
        CliSession unknown = new CliSession(dir).execute("image", "ls", junk.toString(), "/");
        assertEquals(2, unknown.exitCode);
        assertEquals("torito: " + junk + ": unknown file system (not ext2 or FAT)\n", unknown.err);

        assertEquals(0, new CliSession(dir).execute("image", "ext2", src.toString(), img).exitCode);
        CliSession exists = new CliSession(dir).execute("image", "ext2", src.toString(), img);
        assertEquals(2, exists.exitCode);
        assertEquals("torito: " + img + ": already exists (use --force to replace it)\n", exists.err);

        CliSession notThere = new CliSession(dir).execute("image", "cat", img, "/no/such");
        assertEquals(2, notThere.exitCode);
        assertEquals("torito: " + img + ": no such file or directory: /no\n", notThere.err);

        byte[] bytes = Files.readAllBytes(Path.of(img));
        bytes[1080] = 0x53;
        bytes[1081] = (byte) 0xEF;
        bytes[1024 + 24] = 9; // block size 512 KiB
        Path corrupt = Files.write(dir.resolve("corrupt.img"), bytes);
        CliSession bad = new CliSession(dir).execute("image", "ls", corrupt.toString());
        assertEquals(2, bad.exitCode);
        assertEquals("torito: " + corrupt + ": superblock: unsupported block size 1024 << 9 (1, 2 or 4 KiB)\n", bad.err);
    }
}
