package org.torito.vmm.net;

/**
 * The virtio-net device as seen by a network backend: where frames for the guest go. Called
 * only from the backend's own thread.
 */
public interface GuestPort {
    /**
     * Copies one Ethernet frame into a receive buffer of {@code queue} (a guest core's queue
     * pair). Returns false when that queue has no free receive buffer: the backend keeps the
     * frame and retries after {@link NetworkBackend#guestReceiveReady}.
     */
    boolean deliver(int queue, byte[] frame, int offset, int length);
}
