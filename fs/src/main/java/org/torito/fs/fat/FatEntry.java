package org.torito.fs.fat;

/** A file or directory as its directory lists it: the 8.3 entry and the long-name entries before it. */
final class FatEntry {
    static final int ATTR_READ_ONLY = 0x01;
    static final int ATTR_VOLUME = 0x08;
    static final int ATTR_DIRECTORY = 0x10;
    static final int ATTR_ARCHIVE = 0x20;

    String name;
    byte[] shortName;
    /** The directory holding it (its first cluster; 0 is a FAT12/16 root). */
    long directory;
    /** Index of the first long-name entry, or of the 8.3 entry when there is none. */
    int firstIndex;
    int shortIndex;
    int attributes;
    long cluster;
    long size;
    long modified;
    boolean root;

    boolean isDirectory() {
        return (attributes & ATTR_DIRECTORY) != 0;
    }
}
