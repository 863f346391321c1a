package org.torito.boot;

/** An image could not be built: the message is the one-line (or short) reason for the user. */
public final class ImageBuildException extends Exception {
    public ImageBuildException(String message) {
        super(message);
    }

    public ImageBuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
