package org.torito.vmm.guests;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;

import org.torito.examples.Sha256;
import org.torito.fs.FileStat;
import org.torito.fs.FileType;
import org.torito.fs.TreeWalker;
import org.torito.guest.FileSystems;
import org.torito.guest.Volume;

/**
 * The guest half of FsGuestTest, on the VM's first disk:
 * <ul>
 * <li>{@code tree}: mounts read-only and prints "kind K", then every directory ("D path") and
 * file ("F path size sha256"), sorted; a mount or read failure prints "error: message" and
 * exits 3;</li>
 * <li>{@code ops SEED COUNT}: {@link FsOperations} on the mounted disk, then prints the counts
 * and returns from main (the runtime unmounts at main's return).</li>
 * </ul>
 */
public final class FsGuest {
    private FsGuest() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("tree")) {
            tree();
        } else if (args.length == 3 && args[0].equals("ops")) {
            ops(Long.parseLong(args[1]), Integer.parseInt(args[2]));
        } else {
            System.out.println("usage: tree | ops SEED COUNT");
            System.exit(2);
        }
    }

    private static void tree() {
        try {
            Volume v = FileSystems.mount(0, false, FileSystems.DEFAULT_CACHE_BYTES);
            ArrayList<String> lines = new ArrayList<>();
            new TreeWalker() {
                @Override
                protected void visit(String path, FileStat stat) throws IOException {
                    if (stat.type == FileType.DIRECTORY) {
                        lines.add("D " + path);
                    } else if (stat.type == FileType.REGULAR) {
                        lines.add("F " + path + " " + stat.size + " " + hash(v, path));
                    }
                }
            }.walk(v.fileSystem(), "/");
            Collections.sort(lines);
            System.out.println("kind " + v.kind());
            for (String line : lines) {
                System.out.println(line);
            }
        } catch (IOException e) {
            System.out.println("error: " + e.getMessage());
            System.exit(3);
        }
    }

    /** Streams the file through a small buffer: files larger than any buffer are read the same way. */
    private static String hash(Volume v, String path) throws IOException {
        Sha256 sha = new Sha256();
        byte[] buffer = new byte[8192];
        try (InputStream in = v.newInputStream(path)) {
            int n;
            while ((n = in.read(buffer, 0, buffer.length)) > 0) {
                sha.update(buffer, 0, n);
            }
        }
        return sha.hex();
    }

    private static void ops(long seed, int count) throws IOException {
        final Volume v = FileSystems.mount(0);
        FsOperations model = new FsOperations(seed);
        int[] done = model.run(count, new FsOperations.Target() {
            @Override
            public void mkdir(String path) throws IOException {
                v.createDirectory(path);
            }

            @Override
            public void write(String path, byte[] content) throws IOException {
                v.write(path, content);
            }

            @Override
            public void append(String path, byte[] content) throws IOException {
                v.append(path, content);
            }

            @Override
            public void rename(String from, String to) throws IOException {
                v.rename(from, to);
            }

            @Override
            public void delete(String path) throws IOException {
                v.delete(path);
            }
        });
        System.out.println(summary(model, done));
    }

    /** The line both sides print, so the host compares the guest's counts with its own. */
    static String summary(FsOperations model, int[] done) {
        return "ops: " + done[0] + " create, " + done[1] + " append, " + done[2] + " rename, " + done[3] + " delete, "
                + done[4] + " mkdir, " + done[5] + " rmdir, " + done[6] + " mvdir; " + model.files.size() + " files, "
                + model.dirs.size() + " dirs, " + model.bytes() + " bytes";
    }
}
