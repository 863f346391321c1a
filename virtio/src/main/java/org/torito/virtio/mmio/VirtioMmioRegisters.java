package org.torito.virtio.mmio;

import org.torito.virtio.DeviceStatus;
import org.torito.virtio.DeviceStatusMachine;
import org.torito.virtio.VirtioFeature;
import org.torito.virtio.VirtioMemory;
import org.torito.virtio.queue.DeviceQueue;

/**
 * The register file of one virtio-mmio version 2 device (virtio 1.2 4.2.2): what a driver
 * reads and writes in the device's window, with the device's queues and status behind it. The
 * monitor forwards each MMIO exit here as {@link #read}/{@link #write}.
 *
 * <p>Nothing the driver writes makes it throw. Registers take 32-bit aligned accesses only, the
 * configuration space 8/16/32-bit naturally aligned ones; other accesses read 0 and are ignored
 * on write. Queue configuration is ignored while the selected queue is ready, and after DRIVER_OK
 * unless VIRTIO_F_RING_RESET was negotiated (then a queue that is not enabled may be set up and
 * enabled, and QueueReset takes one back).
 * An invalid QueueNum, or QueueReady for a queue whose configuration is invalid, sets
 * DEVICE_NEEDS_RESET. Not thread-safe: the monitor serializes calls.
 */
public final class VirtioMmioRegisters {

    private final VirtioMmioDevice device;
    private final VirtioMmioListener listener;
    private final DeviceStatusMachine status;
    private final DeviceQueue[] queues;

    private int queueSelect;
    private int interruptStatus;
    private int configGeneration;

    public VirtioMmioRegisters(VirtioMmioDevice device, VirtioMemory memory, VirtioMmioListener listener) {
        this.device = device;
        this.listener = listener;
        this.status = new DeviceStatusMachine(device.features());
        int count = device.queueCount();
        if (count < 0 || count > 0x10000) {
            throw new IllegalArgumentException("device with " + count + " queues");
        }
        this.queues = new DeviceQueue[count];
        for (int i = 0; i < count; i++) {
            queues[i] = new DeviceQueue(memory, device.maxQueueSize(i));
        }
    }

    public DeviceStatusMachine status() {
        return status;
    }

    public int queueCount() {
        return queues.length;
    }

    public DeviceQueue queue(int index) {
        return queues[index];
    }

    public long negotiatedFeatures() {
        return status.negotiatedFeatures();
    }

    public int interruptStatus() {
        return interruptStatus;
    }

    public int configGeneration() {
        return configGeneration;
    }

    /** The device sets InterruptStatus bits ({@link MmioRegister#INTERRUPT_USED_BUFFER} etc.); the monitor injects the interrupt. */
    public void raiseInterrupt(int bits) {
        interruptStatus |= bits & (MmioRegister.INTERRUPT_USED_BUFFER | MmioRegister.INTERRUPT_CONFIG_CHANGE);
    }

    /** The device changed its configuration space: new generation, configuration-change interrupt. */
    public void configChanged() {
        configGeneration++;
        raiseInterrupt(MmioRegister.INTERRUPT_CONFIG_CHANGE);
    }

    /** The device (or a bad driver access) needs a reset: DEVICE_NEEDS_RESET plus a configuration-change interrupt. */
    public void setNeedsReset(String why) {
        status.setNeedsReset();
        raiseInterrupt(MmioRegister.INTERRUPT_CONFIG_CHANGE);
        listener.needsReset(why);
    }

    /** A driver read of {@code width} bytes at {@code offset} in the window; invalid accesses read 0. */
    public int read(int offset, int width) {
        if (offset >= MmioRegister.CONFIG) {
            int at = offset - MmioRegister.CONFIG;
            return configAccessValid(at, width) ? device.readConfig(at, width) : 0;
        }
        if (width != 4 || (offset & 3) != 0 || offset < 0) {
            return 0;
        }
        DeviceQueue queue = selectedQueue();
        switch (offset) {
            case MmioRegister.MAGIC_VALUE:
                return MmioRegister.MAGIC;
            case MmioRegister.VERSION:
                return MmioRegister.MODERN_VERSION;
            case MmioRegister.DEVICE_ID:
                return device.deviceId();
            case MmioRegister.VENDOR_ID:
                return device.vendorId();
            case MmioRegister.DEVICE_FEATURES:
                return status.deviceFeaturesPage();
            case MmioRegister.QUEUE_NUM_MAX:
                return queue == null ? 0 : queue.maxSize();
            case MmioRegister.QUEUE_NUM:
                return queue == null ? 0 : queue.size();
            case MmioRegister.QUEUE_READY:
                return queue != null && queue.isReady() ? 1 : 0;
            case MmioRegister.INTERRUPT_STATUS:
                return interruptStatus;
            case MmioRegister.STATUS:
                return status.status();
            case MmioRegister.QUEUE_DESC_LOW:
                return queue == null ? 0 : (int) queue.descTable();
            case MmioRegister.QUEUE_DESC_HIGH:
                return queue == null ? 0 : (int) (queue.descTable() >>> 32);
            case MmioRegister.QUEUE_DRIVER_LOW:
                return queue == null ? 0 : (int) queue.availRing();
            case MmioRegister.QUEUE_DRIVER_HIGH:
                return queue == null ? 0 : (int) (queue.availRing() >>> 32);
            case MmioRegister.QUEUE_DEVICE_LOW:
                return queue == null ? 0 : (int) queue.usedRing();
            case MmioRegister.QUEUE_DEVICE_HIGH:
                return queue == null ? 0 : (int) (queue.usedRing() >>> 32);
            case MmioRegister.SHM_LEN_LOW:
            case MmioRegister.SHM_LEN_HIGH:
                return -1; // no shared memory regions: length ~0 (4.2.2)
            case MmioRegister.CONFIG_GENERATION:
                return configGeneration;
            default:
                return 0;
        }
    }

    /** A driver write of {@code width} bytes at {@code offset} in the window; invalid accesses are ignored. */
    public void write(int offset, int width, int value) {
        if (offset >= MmioRegister.CONFIG) {
            int at = offset - MmioRegister.CONFIG;
            if (configAccessValid(at, width)) {
                device.writeConfig(at, width, value);
            }
            return;
        }
        if (width != 4 || (offset & 3) != 0 || offset < 0) {
            return;
        }
        switch (offset) {
            case MmioRegister.DEVICE_FEATURES_SEL:
                status.selectDeviceFeatures(value);
                return;
            case MmioRegister.DRIVER_FEATURES:
                status.writeDriverFeaturesPage(value);
                return;
            case MmioRegister.DRIVER_FEATURES_SEL:
                status.selectDriverFeatures(value);
                return;
            case MmioRegister.QUEUE_SEL:
                queueSelect = value;
                return;
            case MmioRegister.QUEUE_NUM:
                writeQueueNum(value);
                return;
            case MmioRegister.QUEUE_READY:
                writeQueueReady(value);
                return;
            case MmioRegister.QUEUE_NOTIFY:
                writeQueueNotify(value);
                return;
            case MmioRegister.INTERRUPT_ACK:
                interruptStatus &= ~value;
                return;
            case MmioRegister.STATUS:
                writeStatus(value);
                return;
            case MmioRegister.QUEUE_DESC_LOW:
            case MmioRegister.QUEUE_DESC_HIGH:
            case MmioRegister.QUEUE_DRIVER_LOW:
            case MmioRegister.QUEUE_DRIVER_HIGH:
            case MmioRegister.QUEUE_DEVICE_LOW:
            case MmioRegister.QUEUE_DEVICE_HIGH:
                writeQueueAddress(offset, value);
                return;
            case MmioRegister.QUEUE_RESET:
                writeQueueReset(value);
                return;
            default:
                // Read-only registers and SHM (not offered): ignored.
        }
    }

    /** QueueReset = 1 with RING_RESET negotiated: the selected queue is back to not ready, its state forgotten. */
    private void writeQueueReset(int value) {
        DeviceQueue queue = selectedQueue();
        if (queue == null || value != 1 || !VirtioFeature.has(status.negotiatedFeatures(), VirtioFeature.RING_RESET)) {
            return;
        }
        queue.reset();
        listener.queueReset(queueSelect);
    }

    private boolean configAccessValid(int at, int width) {
        return (width == 1 || width == 2 || width == 4) && (at & (width - 1)) == 0
                && at >= 0 && at <= device.configSize() - width;
    }

    private DeviceQueue selectedQueue() {
        return queueSelect >= 0 && queueSelect < queues.length ? queues[queueSelect] : null;
    }

    /** The selected queue if the driver may configure it now, else null (the write is ignored). */
    private DeviceQueue configurableQueue() {
        DeviceQueue queue = selectedQueue();
        if (queue == null || queue.isReady() || !queuesConfigurable()) {
            return null;
        }
        return queue;
    }

    /**
     * Before DRIVER_OK always; after it only with VIRTIO_F_RING_RESET, which lets a driver
     * enable a queue that is not enabled (never was, or was reset) while the device runs (2.6.1).
     */
    private boolean queuesConfigurable() {
        return !status.isDriverOk() || VirtioFeature.has(status.negotiatedFeatures(), VirtioFeature.RING_RESET);
    }

    private void writeQueueNum(int value) {
        DeviceQueue queue = configurableQueue();
        if (queue == null) {
            return;
        }
        if (value <= 0 || value > queue.maxSize() || (value & (value - 1)) != 0) {
            setNeedsReset("queue " + queueSelect + ": QueueNum " + value + " is not a power of two in 1.."
                    + queue.maxSize());
            return;
        }
        queue.setSize(value);
    }

    private void writeQueueAddress(int offset, int value) {
        DeviceQueue queue = configurableQueue();
        if (queue == null) {
            return;
        }
        switch (offset) {
            case MmioRegister.QUEUE_DESC_LOW:
                queue.setDescTable(low(queue.descTable(), value));
                return;
            case MmioRegister.QUEUE_DESC_HIGH:
                queue.setDescTable(high(queue.descTable(), value));
                return;
            case MmioRegister.QUEUE_DRIVER_LOW:
                queue.setAvailRing(low(queue.availRing(), value));
                return;
            case MmioRegister.QUEUE_DRIVER_HIGH:
                queue.setAvailRing(high(queue.availRing(), value));
                return;
            case MmioRegister.QUEUE_DEVICE_LOW:
                queue.setUsedRing(low(queue.usedRing(), value));
                return;
            default:
                queue.setUsedRing(high(queue.usedRing(), value));
        }
    }

    private static long low(long address, int value) {
        return (address & 0xffffffff00000000L) | (value & 0xffffffffL);
    }

    private static long high(long address, int value) {
        return (address & 0xffffffffL) | ((long) value << 32);
    }

    private void writeQueueReady(int value) {
        DeviceQueue queue = selectedQueue();
        if (queue == null) {
            return;
        }
        if (value == 0) {
            queue.disable();
            return;
        }
        if (queue.isReady() || !queuesConfigurable()) {
            return;
        }
        queue.setNegotiatedFeatures(status.negotiatedFeatures());
        String problem = queue.enable();
        if (problem != null) {
            setNeedsReset("queue " + queueSelect + ": " + problem);
            return;
        }
        listener.queueReady(queueSelect);
    }

    private void writeQueueNotify(int value) {
        int index = value & 0xffff; // without NOTIFICATION_DATA the value is the queue index
        if (index < queues.length && queues[index].isReady() && status.isDriverOk()) {
            listener.queueNotify(index);
        }
    }

    private void writeStatus(int value) {
        if (value == 0) {
            status.reset();
            for (int i = 0; i < queues.length; i++) {
                queues[i].reset();
            }
            queueSelect = 0;
            interruptStatus = 0;
            listener.reset();
            return;
        }
        int added = status.writeStatus(value);
        if ((added & DeviceStatus.DRIVER_OK) != 0) {
            listener.driverOk();
        }
    }
}
