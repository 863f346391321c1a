package org.torito.fs;

import java.io.IOException;

/** A file system operation failed; the message names the path, inode or block at fault. */
public final class FsException extends IOException {
    private final FsError error;

    public FsException(FsError error, String message) {
        super(message);
        this.error = error;
    }

    public FsError error() {
        return error;
    }

    public static FsException corrupt(String message) {
        return new FsException(FsError.CORRUPT, message);
    }
}
