package org.torito.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a file system should contain after a sequence of operations: file contents by path and
 * the set of directories. Drives random operations against a real {@link FileSystem} and
 * checks each result (including which error) against the model.
 */
public final class TreeModel {
    public final TreeMap<String, byte[]> files = new TreeMap<>();
    public final TreeSet<String> dirs = new TreeSet<>();
    private final Random random;
    private final int maxFileSize;
    private final List<String> names;
    private final TreeSet<String> kept = new TreeSet<>();

    public TreeModel(long seed, int maxFileSize, boolean longNames) {
        this.random = new Random(seed);
        this.maxFileSize = maxFileSize;
        this.names = longNames
                ? Arrays.asList("a", "b", "Long File Name.txt", "x.bin", "data", "mixed Case.Name", "Readme.md", "dir one", "z", "LOG")
                : Arrays.asList("a", "b", "c.txt", "x.bin", "data", "e", "f", "g", "z", "h");
        dirs.add("/");
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash == 0 ? "/" : path.substring(0, slash);
    }

    private static String child(String dir, String name) {
        return dir.equals("/") ? "/" + name : dir + "/" + name;
    }

    private String pick(java.util.Collection<String> from) {
        List<String> list = new ArrayList<>(from);
        return list.get(random.nextInt(list.size()));
    }

    private String newPath() {
        return child(pick(dirs), names.get(random.nextInt(names.size())));
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private int size() {
        int kind = random.nextInt(10);
        return kind < 5 ? random.nextInt(4000) : kind < 9 ? random.nextInt(maxFileSize / 8) : random.nextInt(maxFileSize);
    }

    private boolean exists(String path) {
        return files.containsKey(path) || dirs.contains(path);
    }

    /** Does one random operation on {@code fs} and the model; returns what it did. */
    public String step(FileSystem fs) throws IOException {
        int op = random.nextInt(100);
        if (op < 25 || files.isEmpty()) {
            String path = newPath();
            byte[] data = randomBytes(size());
            if (dirs.contains(path)) {
                expect(FsError.IS_DIRECTORY, () -> fs.create(path));
                return "create " + path + " (a directory)";
            }
            OpenFile f = fs.create(path);
            f.write(0, data, 0, data.length);
            f.close();
            files.put(path, data);
            return "create " + path + " " + data.length;
        } else if (op < 40) {
            String path = pick(files.keySet());
            byte[] old = files.get(path);
            int at = random.nextInt(old.length + 5000);
            byte[] data = randomBytes(size() / 2);
            OpenFile f = fs.open(path, true);
            f.write(at, data, 0, data.length);
            f.close();
            byte[] now = Arrays.copyOf(old, Math.max(old.length, at + data.length));
            System.arraycopy(data, 0, now, at, data.length);
            files.put(path, now);
            return "write " + path + " @" + at + " " + data.length;
        } else if (op < 48) {
            String path = pick(files.keySet());
            byte[] old = files.get(path);
            int size = random.nextInt(old.length + 3000);
            OpenFile f = fs.open(path, true);
            f.truncate(size);
            f.close();
            files.put(path, Arrays.copyOf(old, size));
            return "truncate " + path + " " + size;
        } else if (op < 58) {
            String path = newPath();
            if (exists(path)) {
                expect(FsError.EXISTS, () -> fs.mkdir(path));
                return "mkdir " + path + " (exists)";
            }
            fs.mkdir(path);
            dirs.add(path);
            return "mkdir " + path;
        } else if (op < 70) {
            String path = pick(files.keySet());
            fs.unlink(path);
            files.remove(path);
            return "unlink " + path;
        } else if (op < 76) {
            String path = pick(dirs);
            if (path.equals("/") || kept.contains(path)) {
                return "rmdir / (skipped)";
            }
            if (hasChildren(path)) {
                expect(FsError.NOT_EMPTY, () -> fs.rmdir(path));
                return "rmdir " + path + " (not empty)";
            }
            fs.rmdir(path);
            dirs.remove(path);
            return "rmdir " + path;
        } else if (op < 90) {
            String from = pick(files.keySet());
            String to = newPath();
            if (dirs.contains(to)) {
                expect(FsError.IS_DIRECTORY, () -> fs.rename(from, to));
                return "rename " + from + " " + to + " (onto a directory)";
            }
            fs.rename(from, to);
            byte[] data = files.remove(from);
            files.put(to, data);
            return "rename " + from + " " + to;
        } else {
            String from = pick(dirs);
            String to = newPath();
            if (from.equals("/") || kept.contains(from) || kept.contains(to)) {
                return "rename / (skipped)";
            }
            if (to.equals(from)) {
                fs.rename(from, to);
                return "rename " + from + " onto itself";
            }
            if (to.startsWith(from + "/")) {
                expect(FsError.INVALID_ARGUMENT, () -> fs.rename(from, to));
                return "rename " + from + " into itself";
            }
            if (files.containsKey(to)) {
                expect(FsError.NOT_DIRECTORY, () -> fs.rename(from, to));
                return "rename dir onto a file";
            }
            if (dirs.contains(to) && hasChildren(to)) {
                expect(FsError.NOT_EMPTY, () -> fs.rename(from, to));
                return "rename dir onto a non-empty dir";
            }
            fs.rename(from, to);
            dirs.remove(to);
            moveTree(from, to);
            return "rename " + from + " " + to;
        }
    }

    private void moveTree(String from, String to) {
        for (String d : new ArrayList<>(dirs)) {
            if (d.equals(from) || d.startsWith(from + "/")) {
                dirs.remove(d);
                dirs.add(to + d.substring(from.length()));
            }
        }
        for (String f : new ArrayList<>(files.keySet())) {
            if (f.startsWith(from + "/")) {
                files.put(to + f.substring(from.length()), files.remove(f));
            }
        }
    }

    private boolean hasChildren(String dir) {
        String prefix = dir.equals("/") ? "/" : dir + "/";
        for (String d : dirs) {
            if (d.startsWith(prefix) && !d.equals(dir)) {
                return true;
            }
        }
        for (String f : files.keySet()) {
            if (f.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    interface Action {
        void run() throws IOException;
    }

    private static void expect(FsError error, Action action) throws IOException {
        try {
            action.run();
        } catch (FsException e) {
            assertEquals(error, e.error(), e.getMessage());
            return;
        }
        throw new AssertionError("expected " + error);
    }

    /** The file system holds exactly the model: same directories, names and contents. */
    public void assertMatches(FileSystem fs) throws IOException {
        TreeSet<String> seenDirs = new TreeSet<>();
        TreeMap<String, byte[]> seenFiles = new TreeMap<>();
        walk(fs, "/", seenDirs, seenFiles);
        assertEquals(dirs, seenDirs);
        assertEquals(files.keySet(), seenFiles.keySet());
        for (String path : files.keySet()) {
            assertArrayEquals(files.get(path), seenFiles.get(path), path);
        }
    }

    private static void walk(FileSystem fs, String dir, TreeSet<String> dirs, TreeMap<String, byte[]> files) throws IOException {
        dirs.add(dir);
        for (DirEntry e : fs.list(dir)) {
            String path = child(dir, e.name);
            if (e.type == FileType.DIRECTORY) {
                walk(fs, path, dirs, files);
            } else {
                OpenFile f = fs.open(path, false);
                byte[] b = new byte[(int) f.size()];
                assertEquals(b.length == 0 ? -1 : b.length, f.read(0, b, 0, b.length == 0 ? 1 : b.length));
                f.close();
                files.put(path, b);
            }
        }
    }

    /** A host directory (e.g. dumped by debugfs rdump) holds exactly the model below {@code root}. */
    public void assertMatches(Path root) throws IOException {
        TreeSet<String> seenDirs = new TreeSet<>();
        TreeMap<String, byte[]> seenFiles = new TreeMap<>();
        try (var stream = Files.walk(root)) {
            for (Path p : (Iterable<Path>) stream::iterator) {
                String rel = "/" + root.relativize(p);
                if (Files.isDirectory(p)) {
                    seenDirs.add(rel.equals("/") ? "/" : rel);
                } else {
                    seenFiles.put(rel, Files.readAllBytes(p));
                }
            }
        }
        assertEquals(dirs, seenDirs);
        assertEquals(files.keySet(), seenFiles.keySet());
        for (String path : files.keySet()) {
            assertTrue(Arrays.equals(files.get(path), seenFiles.get(path)), "content of " + path);
        }
    }

    /** A directory that exists from the start and must stay (ext2's /lost+found). */
    public void keepDirectory(String path) {
        dirs.add(path);
        kept.add(path);
    }
}
