package org.torito.guest.devices;

import org.torito.guest.kernel.DeviceCalls;
import org.torito.guest.kernel.KernelCalls;
import org.torito.guest.kernel.SharedLock;
import org.torito.virtio.DeviceStatus;
import org.torito.virtio.VirtioFeature;
import org.torito.virtio.mmio.MmioRegister;
import org.torito.virtio.queue.QueueLayout;

/**
 * The driver's side of one virtio-mmio device (virtio 1.2 4.2.3): feature negotiation, the
 * status sequence, queue setup and queue notification. Every register access but QueueNotify is
 * an exit to the monitor, so this runs at set-up only; QueueNotify is caught by an ioeventfd
 * and costs the guest no exit.
 *
 * <p>Core 0 negotiates and sets DRIVER_OK with no queue enabled. Each core then enables its own
 * queue when it first uses the device, in its own memory, which VIRTIO_F_RING_RESET allows after
 * DRIVER_OK (2.6.1: a queue not yet enabled is enabled like a reset one). QueueSel and the
 * feature selectors are one register each for the whole device, so every sequence that sets a
 * selector and then uses it holds the device's {@link SharedLock}.
 */
public final class VirtioMmioDriver {
    private final long base;
    private final SharedLock selectors;

    /** The device at boot-info index {@code index}. */
    public VirtioMmioDriver(int index) {
        this.base = DeviceCalls.deviceBase(index);
        this.selectors = SharedLock.forDevice(index);
    }

    /**
     * The device at boot-info index {@code index}, checked to be a {@code deviceId} device.
     *
     * @param kind how the error names the expected device, e.g. "virtio-blk"
     */
    public static VirtioMmioDriver open(int index, int deviceId, String kind) throws DeviceException {
        VirtioMmioDriver device = new VirtioMmioDriver(index);
        if (!device.is(deviceId)) {
            throw new DeviceException("device " + index + " is not a " + kind + " device");
        }
        return device;
    }

    /**
     * The features in force for this core: core 0 negotiates {@code wanted} and sets DRIVER_OK;
     * another core waits for that and takes what both sides offer.
     *
     * @param what how errors name the device, e.g. "block device 1"
     */
    public long negotiateOrAwait(long wanted, String what) throws DeviceException {
        if (KernelCalls.core() == 0) {
            long accepted = negotiate(wanted);
            driverOk();
            return accepted;
        }
        awaitDriverOk(what);
        return deviceFeatures() & (wanted | VirtioFeature.bit(VirtioFeature.VERSION_1)
                | VirtioFeature.bit(VirtioFeature.RING_RESET));
    }

    public int read(int register) {
        return DeviceCalls.mmioRead32(base + register);
    }

    public void write(int register, int value) {
        DeviceCalls.mmioWrite32(base + register, value);
    }

    /** Whether the window holds a modern virtio-mmio device of {@code deviceId}. */
    public boolean is(int deviceId) {
        return read(MmioRegister.MAGIC_VALUE) == MmioRegister.MAGIC && read(MmioRegister.VERSION) == MmioRegister.MODERN_VERSION
                && read(MmioRegister.DEVICE_ID) == deviceId;
    }

    public int status() {
        return read(MmioRegister.STATUS);
    }

    /**
     * Resets the device and negotiates: accepts the features of {@code wanted} that the device
     * offers (VERSION_1 and RING_RESET are required), and returns them.
     *
     * @throws DeviceException when the device lacks a required feature or refuses FEATURES_OK
     */
    public long negotiate(long wanted) throws DeviceException {
        write(MmioRegister.STATUS, 0);
        write(MmioRegister.STATUS, DeviceStatus.ACKNOWLEDGE);
        write(MmioRegister.STATUS, DeviceStatus.ACKNOWLEDGE | DeviceStatus.DRIVER);
        long offered = deviceFeatures();
        long required = VirtioFeature.bit(VirtioFeature.VERSION_1) | VirtioFeature.bit(VirtioFeature.RING_RESET);
        if ((offered & required) != required) {
            fail();
            throw new DeviceException("the device does not offer VERSION_1 and RING_RESET");
        }
        long accepted = offered & (wanted | required);
        selectors.lock();
        try {
            write(MmioRegister.DRIVER_FEATURES_SEL, 0);
            write(MmioRegister.DRIVER_FEATURES, (int) accepted);
            write(MmioRegister.DRIVER_FEATURES_SEL, 1);
            write(MmioRegister.DRIVER_FEATURES, (int) (accepted >>> 32));
        } finally {
            selectors.unlock();
        }
        int status = DeviceStatus.ACKNOWLEDGE | DeviceStatus.DRIVER | DeviceStatus.FEATURES_OK;
        write(MmioRegister.STATUS, status);
        if ((status() & DeviceStatus.FEATURES_OK) == 0) {
            fail();
            throw new DeviceException("the device refused the features 0x" + Long.toHexString(accepted));
        }
        return accepted;
    }

    /** Every feature bit the device offers. */
    public long deviceFeatures() {
        selectors.lock();
        try {
            write(MmioRegister.DEVICE_FEATURES_SEL, 0);
            long low = read(MmioRegister.DEVICE_FEATURES) & 0xFFFFFFFFL;
            write(MmioRegister.DEVICE_FEATURES_SEL, 1);
            long high = read(MmioRegister.DEVICE_FEATURES) & 0xFFFFFFFFL;
            return low | (high << 32);
        } finally {
            selectors.unlock();
        }
    }

    /** Sets DRIVER_OK after {@link #negotiate}: the device is live. */
    public void driverOk() {
        write(MmioRegister.STATUS, DeviceStatus.ACKNOWLEDGE | DeviceStatus.DRIVER | DeviceStatus.FEATURES_OK
                | DeviceStatus.DRIVER_OK);
    }

    /**
     * Waits until core 0 has set the device up (DRIVER_OK), polling every millisecond for up to
     * 5 s: another core may only enable its queues after that.
     *
     * @param what how errors name the device, e.g. "block device 1"
     */
    private void awaitDriverOk(String what) throws DeviceException {
        for (int i = 0; i < 5000; i++) {
            if ((status() & DeviceStatus.DRIVER_OK) != 0) {
                return;
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                break;
            }
        }
        throw new DeviceException(what + " is not set up: core 0 opens a device first");
    }

    private void fail() {
        write(MmioRegister.STATUS, status() | DeviceStatus.FAILED);
    }

    /** QueueNumMax of {@code queue}: 0 when the queue does not exist. */
    public int maxQueueSize(int queue) {
        selectors.lock();
        try {
            write(MmioRegister.QUEUE_SEL, queue);
            return read(MmioRegister.QUEUE_NUM_MAX);
        } finally {
            selectors.unlock();
        }
    }

    /** Hands the device {@code queue}'s rings and enables it. */
    public void enableQueue(int queue, QueueLayout layout) throws DeviceException {
        boolean ready;
        selectors.lock();
        try {
            write(MmioRegister.QUEUE_SEL, queue);
            write(MmioRegister.QUEUE_NUM, layout.size());
            write(MmioRegister.QUEUE_DESC_LOW, (int) layout.descTable());
            write(MmioRegister.QUEUE_DESC_HIGH, (int) (layout.descTable() >>> 32));
            write(MmioRegister.QUEUE_DRIVER_LOW, (int) layout.availRing());
            write(MmioRegister.QUEUE_DRIVER_HIGH, (int) (layout.availRing() >>> 32));
            write(MmioRegister.QUEUE_DEVICE_LOW, (int) layout.usedRing());
            write(MmioRegister.QUEUE_DEVICE_HIGH, (int) (layout.usedRing() >>> 32));
            write(MmioRegister.QUEUE_READY, 1);
            ready = read(MmioRegister.QUEUE_READY) == 1;
        } finally {
            selectors.unlock();
        }
        if (!ready) {
            throw new DeviceException("the device did not enable queue " + queue + " (status 0x"
                    + Integer.toHexString(status()) + ")");
        }
    }

    /** Tells the device {@code queue} has new buffers: caught by an ioeventfd, no exit. */
    public void notifyQueue(int queue) {
        DeviceCalls.mmioWrite32(base + MmioRegister.QUEUE_NOTIFY, queue);
    }

    /** Reads {@code width} (1, 2 or 4) bytes of the configuration space at {@code offset}. */
    public int readConfig(int offset) {
        return read(MmioRegister.CONFIG + offset);
    }
}
