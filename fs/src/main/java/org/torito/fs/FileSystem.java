package org.torito.fs;

import java.io.IOException;

/**
 * A mounted file system. Paths are absolute, '/'-separated; "." and ".." components are
 * resolved by name lookup, symbolic links are not followed. {@link #close()} unmounts: it writes
 * what is cached and marks the file system clean.
 */
public interface FileSystem {
    FileStat stat(String path) throws IOException;

    DirEntry[] list(String path) throws IOException;

    /** Opens an existing regular file. */
    OpenFile open(String path, boolean writable) throws IOException;

    /** Creates an empty regular file, or empties an existing one, and opens it for writing. */
    OpenFile create(String path) throws IOException;

    void mkdir(String path) throws IOException;

    /** Removes a file or symbolic link (not a directory). */
    void unlink(String path) throws IOException;

    /** Removes an empty directory. */
    void rmdir(String path) throws IOException;

    /** Moves {@code from} to {@code to}, replacing a file there or an empty directory. */
    void rename(String from, String to) throws IOException;

    void symlink(String target, String path) throws IOException;

    String readlink(String path) throws IOException;

    /** Bytes still free for file data. */
    long freeSpace() throws IOException;

    /** Writes cached metadata and flushes the store; the file system stays mounted. */
    void flush() throws IOException;

    void close() throws IOException;
}
