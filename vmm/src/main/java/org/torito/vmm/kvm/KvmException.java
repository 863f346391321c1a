package org.torito.vmm.kvm;

/**
 * The host refused a KVM or libc call the monitor needs. Not the user's fault, so it is not a
 * BadInputException: the CLI reports it and exits with 71.
 */
public class KvmException extends RuntimeException {
    private final int errno;

    public KvmException(String call, int errno, String errnoText) {
        super(call + " failed: " + errnoText + " (errno " + errno + ")");
        this.errno = errno;
    }

    public KvmException(String message) {
        super(message);
        this.errno = 0;
    }

    public int errno() {
        return errno;
    }
}
