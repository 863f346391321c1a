package org.torito.vmm.net;

import java.io.IOException;

/** What the virtio-net device drives: the user-mode network or a TAP device. */
public interface NetworkBackend extends AutoCloseable {
    /** Acquires host resources (binds forwarded ports) and starts the backend's thread. */
    void start() throws IOException;

    /**
     * A frame the guest transmitted on {@code queue}. Copied before returning; never throws on
     * malformed frames. Returns false when the backend's inbound ring is full: the device should
     * leave the descriptor in the transmit queue and retry later.
     */
    boolean fromGuest(int queue, byte[] frame, int offset, int length);

    /**
     * As above, for a backend that {@link #acceptsPartialChecksums}: {@code checksumPartial}
     * says the frame's TCP checksum holds only the pseudo-header's sum (the guest asked the
     * device to complete it), so the backend must not check it.
     */
    default boolean fromGuest(int queue, byte[] frame, int offset, int length, boolean checksumPartial) {
        return fromGuest(queue, frame, offset, length);
    }

    /**
     * Whether frames may come with partial TCP checksums. A backend that terminates the guest's
     * TCP itself (the user network) needs no checksum; one that puts frames on a wire (TAP)
     * gets them completed by the device.
     */
    default boolean acceptsPartialChecksums() {
        return false;
    }

    /**
     * Whether every frame from the guest ends up on one thread of the backend's anyway (the
     * user network's). The device then serves all its transmit queues on one thread too: more
     * threads would only hand frames to that one. A backend that sends each queue's frames out
     * on the calling thread (TAP) keeps a thread per queue.
     */
    default boolean takesFramesOnOneThread() {
        return false;
    }

    /** The guest posted receive buffers on {@code queue}: frames held back can go now. */
    void guestReceiveReady(int queue);

    /** Stops the thread and releases host sockets; open forwarded connections are reset. */
    @Override
    void close();
}
