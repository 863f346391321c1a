package org.torito.fs;

/** One name in a directory listing ("." and ".." are never listed). */
public final class DirEntry {
    public final String name;
    public final FileType type;

    public DirEntry(String name, FileType type) {
        this.name = name;
        this.type = type;
    }
}
