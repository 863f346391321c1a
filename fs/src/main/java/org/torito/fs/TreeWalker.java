package org.torito.fs;

import java.io.IOException;

/**
 * Visits every name below a directory, depth first. A directory that is its own ancestor (a
 * corrupt image: a hard link or ".." pointing back up) is reported as CORRUPT, not followed.
 */
public abstract class TreeWalker {
    private static final int MAX_DEPTH = 4096;

    /** Called for each entry, directories before their contents. */
    protected abstract void visit(String path, FileStat stat) throws IOException;

    public final void walk(FileSystem fs, String root) throws IOException {
        FileStat stat = fs.stat(root);
        long[] ancestors = new long[16];
        ancestors[0] = stat.id;
        walk(fs, root, ancestors, 1);
    }

    private void walk(FileSystem fs, String dir, long[] ancestors, int depth) throws IOException {
        DirEntry[] entries = fs.list(dir);
        for (int i = 0; i < entries.length; i++) {
            String path = dir.endsWith("/") ? dir + entries[i].name : dir + "/" + entries[i].name;
            FileStat stat = fs.stat(path);
            visit(path, stat);
            if (stat.type != FileType.DIRECTORY) {
                continue;
            }
            for (int a = 0; a < depth; a++) {
                if (ancestors[a] == stat.id) {
                    throw FsException.corrupt("directory loop: " + path + " (id " + stat.id + ") contains itself");
                }
            }
            if (depth >= MAX_DEPTH) {
                throw FsException.corrupt("directories nested deeper than " + MAX_DEPTH + " at " + path);
            }
            if (depth == ancestors.length) {
                long[] more = new long[depth * 2];
                System.arraycopy(ancestors, 0, more, 0, depth);
                ancestors = more;
            }
            ancestors[depth] = stat.id;
            walk(fs, path, ancestors, depth + 1);
        }
    }
}
