package org.torito.vmm.net;

import java.io.IOException;

/** What the virtio-net device drives: a user-mode network today, a TAP device later. */
public interface NetworkBackend extends AutoCloseable {
    /** Acquires host resources (binds forwarded ports) and starts the backend's thread. */
    void start() throws IOException;

    /**
     * A frame the guest transmitted on {@code queue}. Copied before returning; never throws on
     * malformed frames. Returns false when the backend's inbound ring is full: the device should
     * leave the descriptor in the transmit queue and retry later.
     */
    boolean fromGuest(int queue, byte[] frame, int offset, int length);

    /** The guest posted receive buffers on {@code queue}: frames held back can go now. */
    void guestReceiveReady(int queue);

    /** Stops the thread and releases host sockets; open forwarded connections are reset. */
    @Override
    void close();
}
