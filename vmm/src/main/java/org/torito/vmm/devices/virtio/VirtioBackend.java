package org.torito.vmm.devices.virtio;

import org.torito.virtio.mmio.VirtioMmioDevice;
import org.torito.virtio.queue.DescriptorChain;
import org.torito.virtio.queue.InvalidChainException;

/**
 * What a virtio device does with a request, apart from the transport: the block device reads
 * and writes its image, the network device moves frames. Each queue is served by one thread, its
 * own unless {@link #threadOf} groups it with others, so {@link #handle} is called concurrently
 * for queues on different threads, never for one queue.
 *
 * <p>Most queues are driver-driven: each chain the driver makes available is a request, served
 * as it arrives. A device-driven queue (a network receive queue) holds buffers the device fills
 * only when it has something: the transport does not pop it, tells the device when buffers
 * arrive ({@link #buffersAvailable}), and the device fills them through the {@link QueueFiller}
 * it was given ({@link #attach}).
 */
public interface VirtioBackend extends VirtioMmioDevice {
    /** The spin a queue's thread gets unless its backend says otherwise ({@link #spinNanos}). */
    long DEFAULT_SPIN_NANOS = 50_000;

    /**
     * Carries out the request in {@code chain}, popped from queue {@code queue}, whose segments
     * are already checked to lie in guest RAM.
     *
     * @return the bytes written into the chain's device-writable buffers (the used length)
     * @throws InvalidChainException when the chain cannot be a request of this device; the
     *         device then needs a reset
     */
    int handle(int queue, DescriptorChain chain) throws InvalidChainException;

    /** The guest core that owns {@code queue}: its doorbell rings for the queue's used buffers. */
    default int coreOf(int queue) {
        return queue;
    }

    /**
     * Which thread serves {@code queue}: queues given the same number share one thread. Called
     * once, when the transport starts. By default each queue has its own.
     */
    default int threadOf(int queue) {
        return queue;
    }

    /**
     * How long the thread serving driver-driven {@code queue} spins for the driver's next
     * request before it asks for notifications and sleeps. A driver that submits within it pays
     * no notification and the thread no wake-up: worth it where each request waits for the one
     * before (4 KiB block reads at depth 1 here: ~230-270k IOPS with 50 µs, ~65-70k without).
     * A thread that only hands requests on to another thread should not spin: on a host with
     * few CPUs it takes one from the thread doing the work. Read once, when the transport
     * starts; a thread serving several queues spins for the longest of theirs.
     */
    default long spinNanos(int queue) {
        return DEFAULT_SPIN_NANOS;
    }

    /** Whether {@code queue} is device-driven (see above). */
    default boolean deviceDriven(int queue) {
        return false;
    }

    /** The driver made buffers available on device-driven {@code queue}; called on its thread, without locks. */
    default void buffersAvailable(int queue) {
    }

    /** The features the driver and device agreed on, at DRIVER_OK; 0 again at a reset. */
    default void featuresNegotiated(long negotiated) {
    }

    /** Called once by the transport, before the guest runs: how to fill device-driven queues. */
    default void attach(QueueFiller filler) {
    }
}
