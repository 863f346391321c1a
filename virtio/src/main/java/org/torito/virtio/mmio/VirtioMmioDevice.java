package org.torito.virtio.mmio;

/** What the virtio-mmio register file needs to know about the device behind it. */
public interface VirtioMmioDevice {

    /** The virtio device id ({@link org.torito.virtio.DeviceId}). */
    int deviceId();

    int vendorId();

    /** Every feature bit the device offers, VERSION_1 included. */
    long features();

    int queueCount();

    /** QueueNumMax of queue {@code queue}: a power of two up to 32768. */
    int maxQueueSize(int queue);

    /** Bytes of device-specific configuration space. */
    int configSize();

    /** A little-endian read of {@code width} (1, 2 or 4) bytes at {@code offset}, already bounds- and alignment-checked. */
    int readConfig(int offset, int width);

    /** A write of {@code width} bytes at {@code offset}, already bounds- and alignment-checked. */
    void writeConfig(int offset, int width, int value);
}
