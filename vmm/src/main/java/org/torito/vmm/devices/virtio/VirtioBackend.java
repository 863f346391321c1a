package org.torito.vmm.devices.virtio;

import org.torito.virtio.mmio.VirtioMmioDevice;
import org.torito.virtio.queue.DescriptorChain;
import org.torito.virtio.queue.InvalidChainException;

/**
 * What a virtio device does with a request, apart from the transport: the block device reads
 * and writes its image, the network device moves frames. Each queue is served by its own
 * thread, so {@link #handle} is called concurrently for different queues, never for one queue.
 */
public interface VirtioBackend extends VirtioMmioDevice {

    /**
     * Carries out the request in {@code chain}, popped from queue {@code queue}, whose segments
     * are already checked to lie in guest RAM.
     *
     * @return the bytes written into the chain's device-writable buffers (the used length)
     * @throws InvalidChainException when the chain cannot be a request of this device; the
     *         device then needs a reset
     */
    int handle(int queue, DescriptorChain chain) throws InvalidChainException;
}
