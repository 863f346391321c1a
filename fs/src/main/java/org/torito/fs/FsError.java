package org.torito.fs;

/** Why a file system operation failed, for callers that react to it (a model in tests, errno in a guest). */
public enum FsError {
    NOT_FOUND,
    EXISTS,
    NOT_DIRECTORY,
    IS_DIRECTORY,
    NOT_EMPTY,
    NO_SPACE,
    INVALID_ARGUMENT,
    READ_ONLY,
    /** The image contradicts itself: a block number past the end, a bad directory entry, a loop. */
    CORRUPT,
    /** A valid image that uses something this code does not implement. */
    UNSUPPORTED
}
