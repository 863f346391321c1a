package org.torito.fs;

/** What a directory entry names. */
public enum FileType {
    REGULAR,
    DIRECTORY,
    SYMLINK,
    /** Devices, fifos, sockets: listed and stat'ed, never opened. */
    OTHER
}
