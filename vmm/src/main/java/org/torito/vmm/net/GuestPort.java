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
    default boolean deliver(int queue, byte[] frame, int offset, int length) {
        return deliver(queue, frame, offset, length, false);
    }

    /**
     * As above, for a frame whose TCP checksum may be partial ({@code checksumPartial}: the
     * pseudo-header's sum only). The device marks it NEEDS_CSUM for a guest that accepts that,
     * and completes the checksum for one that does not.
     */
    boolean deliver(int queue, byte[] frame, int offset, int length, boolean checksumPartial);

    /**
     * Whether a guest core has opened {@code queue} (and the device runs): new flows go only to
     * such queues, so a program that uses the network on some cores only gets every flow.
     */
    default boolean queueLive(int queue) {
        return true;
    }

    /** Whether the guest accepts frames with partial TCP checksums (VIRTIO_NET_F_GUEST_CSUM). */
    default boolean acceptsPartialChecksums() {
        return false;
    }
}
