package org.torito.tcpip;

/**
 * Where a {@link NetworkStack} sends its Ethernet frames: one queue pair of the virtio-net
 * driver, or an in-memory link in tests. The frame is only valid during the call; the link
 * copies what it keeps.
 */
public interface FrameLink {
    /** Returns false when the frame was dropped (queue full); TCP recovers by retransmission. */
    boolean transmit(byte[] frame, int offset, int length);

    /**
     * Whether TCP segments may go out with a partial checksum (the pseudo-header's sum only),
     * which the other side of the link completes or trusts: virtio-net's checksum offload
     * (VIRTIO_NET_F_CSUM to the device, VIRTIO_NET_F_GUEST_CSUM from it). Asked per segment,
     * since a device negotiates it after the stack exists.
     */
    default boolean offloadsChecksums() {
        return false;
    }
}
