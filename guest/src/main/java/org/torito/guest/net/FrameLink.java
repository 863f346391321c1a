package org.torito.guest.net;

/**
 * Where a {@link NetworkStack} sends its Ethernet frames: one queue pair of the virtio-net
 * driver, or an in-memory link in tests. The frame is only valid during the call; the link
 * copies what it keeps.
 */
public interface FrameLink {
    /** Returns false when the frame was dropped (queue full); TCP recovers by retransmission. */
    boolean transmit(byte[] frame, int offset, int length);
}
