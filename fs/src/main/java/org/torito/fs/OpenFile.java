package org.torito.fs;

import java.io.IOException;

/** A regular file opened through a {@link FileSystem}; positions are explicit (pread/pwrite). */
public interface OpenFile {
    long size() throws IOException;

    /** Reads up to {@code length} bytes at {@code position}; returns how many, -1 at or past the end. */
    int read(long position, byte[] buffer, int offset, int length) throws IOException;

    /** Writes all {@code length} bytes at {@code position}, growing the file; a gap before it reads as zeros. */
    void write(long position, byte[] buffer, int offset, int length) throws IOException;

    /** Cuts or extends (with zeros) the file to {@code size} bytes. */
    void truncate(long size) throws IOException;

    void close() throws IOException;
}
