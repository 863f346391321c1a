package org.torito.vmm.devices.virtio;

import org.torito.virtio.queue.DescriptorChain;
import org.torito.virtio.queue.InvalidChainException;

/**
 * How a device fills a device-driven queue (a receive queue) when it has something for the
 * guest: the transport pops one buffer under the queue's lock, the writer fills it, and the
 * transport returns it used and rings the owning core's doorbell if the driver asked. Safe to
 * call from any one thread per queue (the backend's).
 */
public interface QueueFiller {

    /** Writes into one popped chain; returns the bytes written (the used length). */
    @FunctionalInterface
    interface Writer {
        int write(DescriptorChain chain) throws InvalidChainException;
    }

    /**
     * Fills the next available buffer of {@code queue}. Returns false when the queue has none
     * (or is not live): the transport then asks the driver to notify when it adds buffers, and
     * calls {@link VirtioBackend#buffersAvailable} when it does.
     */
    boolean fill(int queue, Writer writer);

    /**
     * Whether the driver has set {@code queue} up and the device runs (DRIVER_OK): a backend
     * steers new flows only to queues a guest core has opened. A filler that cannot tell says yes.
     */
    default boolean isLive(int queue) {
        return true;
    }
}
