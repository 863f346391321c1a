package org.torito.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/** A directory tree on the host to put into images, and the check that an image holds it. */
public final class HostTree {
    private HostTree() {
    }

    /** Small and large files (past double indirection at 1 KiB blocks), an empty one, nesting, a big directory. */
    public static Path build(Path dir, long seed, boolean symlinks) throws IOException {
        Random random = new Random(seed);
        Files.createDirectories(dir.resolve("etc/conf.d"));
        Files.createDirectories(dir.resolve("usr/share/doc/deep/er/still"));
        Files.createDirectories(dir.resolve("many"));
        Files.createDirectories(dir.resolve("empty dir"));
        Files.writeString(dir.resolve("etc/hostname"), "torito\n");
        Files.writeString(dir.resolve("etc/conf.d/A Long Name With Spaces.conf"), "x=1\n");
        Files.write(dir.resolve("empty"), new byte[0]);
        Files.write(dir.resolve("usr/share/doc/deep/er/still/big.bin"), bytes(random, 3_000_000));
        Files.write(dir.resolve("usr/medium.bin"), bytes(random, 300_000));
        for (int i = 0; i < 300; i++) {
            Files.write(dir.resolve("many/file-" + i + ".txt"), bytes(random, random.nextInt(3000)));
        }
        if (symlinks) {
            Files.createSymbolicLink(dir.resolve("etc/short-link"), Path.of("hostname"));
            Files.createSymbolicLink(dir.resolve("etc/long-link"), Path.of("x".repeat(100)));
        }
        return dir;
    }

    private static byte[] bytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** The image below "/" holds exactly the host tree (ignoring {@code ignored}, e.g. lost+found). */
    public static void assertHolds(Path host, FileSystem fs, String ignored) throws IOException {
        TreeMap<String, String> expected = new TreeMap<>();
        TreeSet<String> expectedDirs = new TreeSet<>();
        try (var stream = Files.walk(host)) {
            for (Path p : (Iterable<Path>) stream::iterator) {
                String rel = "/" + host.relativize(p);
                if (rel.equals("/")) {
                    continue;
                }
                if (Files.isSymbolicLink(p)) {
                    expected.put(rel, "-> " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p)) {
                    expectedDirs.add(rel);
                } else {
                    expected.put(rel, "" + Files.size(p));
                    byte[] want = Files.readAllBytes(p);
                    OpenFile f = fs.open(rel, false);
                    byte[] got = new byte[want.length];
                    int n = want.length == 0 ? 0 : f.read(0, got, 0, got.length);
                    assertEquals(want.length, n, rel);
                    assertArrayEquals(want, got, rel);
                    f.close();
                }
            }
        }
        TreeMap<String, String> seen = new TreeMap<>();
        TreeSet<String> seenDirs = new TreeSet<>();
        new TreeWalker() {
            @Override
            protected void visit(String path, FileStat stat) throws IOException {
                if (path.equals(ignored) || path.startsWith(ignored + "/")) {
                    return;
                }
                if (stat.type == FileType.DIRECTORY) {
                    seenDirs.add(path);
                } else if (stat.type == FileType.SYMLINK) {
                    seen.put(path, "-> " + fs.readlink(path));
                } else {
                    seen.put(path, "" + stat.size);
                }
            }
        }.walk(fs, "/");
        assertEquals(expectedDirs, seenDirs);
        assertEquals(expected, seen);
    }
}
