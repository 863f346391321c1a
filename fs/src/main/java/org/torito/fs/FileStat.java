package org.torito.fs;

/** What stat says about a file. {@code id} is the inode number on ext2, the first cluster on FAT. */
public final class FileStat {
    public final FileType type;
    public final long size;
    /** Unix permission bits (0777 and set-id bits); FAT reports 0755 or 0644 (read-only: 0555/0444). */
    public final int permissions;
    public final int links;
    /** Seconds since 1970 UTC. */
    public final long modified;
    public final long id;

    public FileStat(FileType type, long size, int permissions, int links, long modified, long id) {
        this.type = type;
        this.size = size;
        this.permissions = permissions;
        this.links = links;
        this.modified = modified;
        this.id = id;
    }
}
