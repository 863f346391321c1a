package org.torito.vmm.guests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Deterministic random file system operations and the tree they leave: the guest
 * ({@link FsGuest}) applies them to a mounted disk while the host test runs the same sequence
 * on HotSpot without a disk, then compares the image with {@link #files} and {@link #dirs}.
 * Each choice depends only on the seed and the model, and only valid operations are made, so
 * every one must succeed. Plain Java, no java.util.Random (TeaVM's need not match HotSpot's),
 * lower-case names only (FAT matches names case-insensitively).
 */
final class FsOperations {
    /** What the operations are applied to; null on the host. */
    interface Target {
        void mkdir(String path) throws IOException;

        void write(String path, byte[] content) throws IOException;

        void append(String path, byte[] content) throws IOException;

        void rename(String from, String to) throws IOException;

        void delete(String path) throws IOException;
    }

    private static final int MAX_FILES = 250;
    private static final int MAX_DIRS = 40;

    final TreeMap<String, byte[]> files = new TreeMap<>();
    final TreeSet<String> dirs = new TreeSet<>();
    private long state;
    private int counter;

    FsOperations(long seed) {
        state = seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        dirs.add("/");
    }

    private int next(int bound) {
        // xorshift64*: the same numbers on HotSpot and in the guest.
        state ^= state >>> 12;
        state ^= state << 25;
        state ^= state >>> 27;
        long r = (state * 0x2545F4914F6CDD1DL) >>> 33;
        return (int) (r % bound);
    }

    private byte[] content(int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) next(256);
        }
        return b;
    }

    private int size() {
        int kind = next(10);
        if (kind < 6) {
            return next(3000);
        }
        if (kind < 9) {
            return next(20000);
        }
        return 20000 + next(300_000);     // past the direct blocks (and indirect ones at 1 KiB)
    }

    private String name() {
        int k = next(16);
        return k < 12 ? "n" + k : "a longer name " + k + ".data";
    }

    private static String child(String dir, String name) {
        return dir.equals("/") ? "/" + name : dir + "/" + name;
    }

    private String pickDir() {
        String[] all = dirs.toArray(new String[0]);
        return all[next(all.length)];
    }

    private String pickFile() {
        String[] all = files.keySet().toArray(new String[0]);
        return all[next(all.length)];
    }

    private boolean empty(String dir) {
        String prefix = dir + "/";
        String f = files.ceilingKey(prefix);
        String d = dirs.ceiling(prefix);
        return (f == null || !f.startsWith(prefix)) && (d == null || !d.startsWith(prefix));
    }

    /** Runs {@code count} operations; returns how many of each kind (create, append, rename, delete, mkdir, rmdir, mvdir). */
    int[] run(int count, Target target) throws IOException {
        int[] done = new int[7];
        while (counter < count) {
            int op = next(100);
            if (op < 30 && files.size() < MAX_FILES) {
                String path = child(pickDir(), name());
                if (dirs.contains(path)) {
                    continue;
                }
                byte[] c = content(size());
                if (target != null) {
                    target.write(path, c);
                }
                files.put(path, c);
                done[0]++;
            } else if (op < 45 && !files.isEmpty()) {
                String path = pickFile();
                byte[] more = content(next(5000));
                if (target != null) {
                    target.append(path, more);
                }
                byte[] old = files.get(path);
                byte[] both = new byte[old.length + more.length];
                System.arraycopy(old, 0, both, 0, old.length);
                System.arraycopy(more, 0, both, old.length, more.length);
                files.put(path, both);
                done[1]++;
            } else if (op < 60 && !files.isEmpty()) {
                String from = pickFile();
                String to = child(pickDir(), name());
                if (dirs.contains(to) || to.equals(from)) {
                    continue;
                }
                if (target != null) {
                    target.rename(from, to);
                }
                files.put(to, files.remove(from));
                done[2]++;
            } else if (op < 80 && !files.isEmpty()) {
                String path = pickFile();
                if (target != null) {
                    target.delete(path);
                }
                files.remove(path);
                done[3]++;
            } else if (op < 88 && dirs.size() < MAX_DIRS) {
                String path = child(pickDir(), "d" + next(6));
                if (dirs.contains(path) || files.containsKey(path)) {
                    continue;
                }
                if (target != null) {
                    target.mkdir(path);
                }
                dirs.add(path);
                done[4]++;
            } else if (op < 95 && dirs.size() > 1) {
                String dir = pickDir();
                if (dir.equals("/") || !empty(dir)) {
                    continue;
                }
                if (target != null) {
                    target.delete(dir);
                }
                dirs.remove(dir);
                done[5]++;
            } else if (dirs.size() > 1) {
                String from = pickDir();
                String to = child(pickDir(), "m" + next(6));
                if (from.equals("/") || to.startsWith(from + "/") || dirs.contains(to) || files.containsKey(to)) {
                    continue;
                }
                if (target != null) {
                    target.rename(from, to);
                }
                moveTree(from, to);
                done[6]++;
            } else {
                continue;
            }
            counter++;
        }
        return done;
    }

    private void moveTree(String from, String to) {
        String prefix = from + "/";
        ArrayList<String> movedDirs = new ArrayList<>();
        for (String d : dirs) {
            if (d.equals(from) || d.startsWith(prefix)) {
                movedDirs.add(d);
            }
        }
        for (String d : movedDirs) {
            dirs.remove(d);
            dirs.add(to + d.substring(from.length()));
        }
        ArrayList<String> movedFiles = new ArrayList<>();
        for (String f : files.keySet()) {
            if (f.startsWith(prefix)) {
                movedFiles.add(f);
            }
        }
        for (String f : movedFiles) {
            files.put(to + f.substring(from.length()), files.remove(f));
        }
    }

    /** Total bytes in the files. */
    long bytes() {
        long n = 0;
        for (byte[] b : files.values()) {
            n += b.length;
        }
        return n;
    }
}
