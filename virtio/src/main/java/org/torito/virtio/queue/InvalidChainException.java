package org.torito.virtio.queue;

/**
 * The driver made something available the device must refuse: a malformed descriptor chain
 * or a ring in an impossible state. Checked, because a hostile or buggy guest causes it and the
 * device must decide what to do (complete the head with length 0, or set DEVICE_NEEDS_RESET).
 */
public final class InvalidChainException extends Exception {

    private final int head;

    /** @param head the chain's head descriptor index, or -1 when there is no usable head. */
    public InvalidChainException(int head, String message) {
        super(message);
        this.head = head;
    }

    /** The head index that can be returned with {@link DeviceQueue#addUsed}, or -1 when none is valid. */
    public int head() {
        return head;
    }
}
