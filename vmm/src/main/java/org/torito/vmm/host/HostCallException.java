package org.torito.vmm.host;

/**
 * The host refused a call the monitor needs (KVM, libc, the process backend). Not the user's fault, so it is not a
 * BadInputException: the CLI reports it and exits with 71.
 */
public class HostCallException extends RuntimeException {
    private final int errno;

    public HostCallException(String call, int errno, String errnoText) {
        super(call + " failed: " + errnoText + " (errno " + errno + ")");
        this.errno = errno;
    }

    public HostCallException(String message) {
        super(message);
        this.errno = 0;
    }

    public int errno() {
        return errno;
    }
}
