package org.torito.virtio;

/**
 * Feature negotiation and the device status field as the device keeps them (virtio 1.2 2.1,
 * 2.2, 3.1): the driver reads device features a 32-bit page at a time, writes the features it
 * accepts, and sets status bits one step at a time. Transport-independent; the virtio-mmio
 * register file drives it.
 *
 * <p>FEATURES_OK is kept only when the accepted features are a subset of the offered ones and
 * include VERSION_1; otherwise the bit stays clear and the driver, reading status back, fails.
 * DRIVER_OK is kept only after FEATURES_OK. The driver can neither clear bits (except by writing
 * 0, which resets) nor set DEVICE_NEEDS_RESET.
 */
public final class DeviceStatusMachine {

    private final long deviceFeatures;
    private long driverFeatures;
    private int status;
    private int deviceFeaturesSelect;
    private int driverFeaturesSelect;

    public DeviceStatusMachine(long deviceFeatures) {
        this.deviceFeatures = deviceFeatures;
    }

    /** Status 0, no features accepted, both feature selectors at page 0. */
    public void reset() {
        status = 0;
        driverFeatures = 0;
        deviceFeaturesSelect = 0;
        driverFeaturesSelect = 0;
    }

    public int status() {
        return status;
    }

    public boolean isDriverOk() {
        return (status & DeviceStatus.DRIVER_OK) != 0;
    }

    public boolean isFeaturesOk() {
        return (status & DeviceStatus.FEATURES_OK) != 0;
    }

    public boolean needsReset() {
        return (status & DeviceStatus.DEVICE_NEEDS_RESET) != 0;
    }

    public long deviceFeatures() {
        return deviceFeatures;
    }

    /** What the driver has written so far (even if FEATURES_OK was refused). */
    public long driverFeatures() {
        return driverFeatures;
    }

    /** The features both sides agreed on: the driver's once FEATURES_OK is set, else 0. */
    public long negotiatedFeatures() {
        return isFeaturesOk() ? driverFeatures : 0;
    }

    public void selectDeviceFeatures(int page) {
        deviceFeaturesSelect = page;
    }

    /** The 32 device feature bits of the selected page; pages past 1 read 0. */
    public int deviceFeaturesPage() {
        return featuresPage(deviceFeatures, deviceFeaturesSelect);
    }

    public void selectDriverFeatures(int page) {
        driverFeaturesSelect = page;
    }

    public int driverFeaturesPage() {
        return featuresPage(driverFeatures, driverFeaturesSelect);
    }

    private static int featuresPage(long features, int page) {
        if (page == 0) {
            return (int) features;
        }
        if (page == 1) {
            return (int) (features >>> 32);
        }
        return 0;
    }

    /**
     * The driver's accepted features for the selected page. Ignored once FEATURES_OK is set
     * (features are fixed then) and for pages past 1.
     */
    public void writeDriverFeaturesPage(int value) {
        if (isFeaturesOk() || isDriverOk()) {
            return;
        }
        if (driverFeaturesSelect == 0) {
            driverFeatures = (driverFeatures & 0xffffffff00000000L) | (value & 0xffffffffL);
        } else if (driverFeaturesSelect == 1) {
            driverFeatures = (driverFeatures & 0xffffffffL) | ((long) value << 32);
        }
    }

    /**
     * The driver writes the status field. Writing 0 resets (same as {@link #reset}).
     *
     * @return the bits this write newly set after the rules above (e.g. DRIVER_OK when the driver
     *         just became ready), 0 when the write was refused or set nothing new
     */
    public int writeStatus(int value) {
        if (value == 0) {
            reset();
            return 0;
        }
        int requested = value & 0xff & ~DeviceStatus.DEVICE_NEEDS_RESET;
        int driverBits = status & ~DeviceStatus.DEVICE_NEEDS_RESET;
        if ((requested & driverBits) != driverBits) {
            return 0; // clearing a bit other than by reset is not a transition the spec has
        }
        int added = requested & ~driverBits;
        if ((added & DeviceStatus.FEATURES_OK) != 0 && !featuresAcceptable(requested)) {
            requested &= ~DeviceStatus.FEATURES_OK;
            added &= ~DeviceStatus.FEATURES_OK;
        }
        if ((added & DeviceStatus.DRIVER_OK) != 0 && (requested & DeviceStatus.FEATURES_OK) == 0) {
            requested &= ~DeviceStatus.DRIVER_OK;
            added &= ~DeviceStatus.DRIVER_OK;
        }
        status = (status & DeviceStatus.DEVICE_NEEDS_RESET) | requested;
        return added;
    }

    private boolean featuresAcceptable(int requested) {
        int handshake = DeviceStatus.ACKNOWLEDGE | DeviceStatus.DRIVER;
        return (requested & handshake) == handshake
                && (requested & DeviceStatus.DRIVER_OK) == 0
                && (driverFeatures & ~deviceFeatures) == 0
                && VirtioFeature.has(driverFeatures, VirtioFeature.VERSION_1);
    }

    /** The device hit an error it cannot recover from without a reset (2.1.2). */
    public void setNeedsReset() {
        status |= DeviceStatus.DEVICE_NEEDS_RESET;
    }
}
