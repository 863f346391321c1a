package org.torito.virtio.mmio;

/** What the virtio-mmio register file tells the device model about the driver's actions. */
public interface VirtioMmioListener {

    /** The driver wrote QueueReady = 1 and the queue's configuration was valid. */
    void queueReady(int queue);

    /** The driver wrote QueueNotify for a ready queue after DRIVER_OK. */
    void queueNotify(int queue);

    /** The driver set DRIVER_OK: the device may start using its queues. */
    void driverOk();

    /** The driver reset one queue (QueueReset, with VIRTIO_F_RING_RESET): it is not ready until enabled again. */
    default void queueReset(int queue) {
    }

    /** The driver wrote status 0: every queue is back to not ready, features are forgotten. */
    void reset();

    /**
     * The driver did something invalid and the device set DEVICE_NEEDS_RESET and raised a
     * configuration-change interrupt; the monitor should inject it and may log {@code why}.
     */
    void needsReset(String why);
}
