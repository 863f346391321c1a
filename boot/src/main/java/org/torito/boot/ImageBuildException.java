package org.torito.boot;

/** An image could not be built: the message is the one-line (or short) reason for the user. */
public final class ImageBuildException extends Exception {
    /** Every problem on its own, for tools that sort them (the message groups them for the user). */
    private final String details;

    public ImageBuildException(String message) {
        super(message);
        this.details = message;
    }

    /**
     * A failure whose message is for the user and whose details list each problem as
     * {@code "  <problem>\n    at <method>"}, the method being the program's own that leads to
     * it where one does (UnsupportedApiReport), else where TeaVM found it.
     */
    public ImageBuildException(String message, String details) {
        super(message);
        this.details = details;
    }

    public String details() {
        return details;
    }

    public ImageBuildException(String message, Throwable cause) {
        super(message, cause);
        this.details = message;
    }
}
