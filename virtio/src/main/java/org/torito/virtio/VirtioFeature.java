package org.torito.virtio;

/** Device-independent feature bit numbers (virtio 1.2 section 6, "Reserved Feature Bits"). */
public final class VirtioFeature {

    /** The driver may use indirect descriptor tables (2.7.5.3). */
    public static final int INDIRECT_DESC = 28;
    /** used_event / avail_event notification suppression (2.7.10). */
    public static final int EVENT_IDX = 29;
    /** Virtio 1.x (non-legacy) device; a modern driver must accept it. */
    public static final int VERSION_1 = 32;
    /** The device is behind an IOMMU or limited in the memory it may access. */
    public static final int ACCESS_PLATFORM = 33;
    /** Packed virtqueues; Torito offers split queues only. */
    public static final int RING_PACKED = 34;
    /** Buffers are used in the order they were made available. */
    public static final int IN_ORDER = 35;
    /** Memory accesses need platform ordering (weak barriers are not enough). */
    public static final int ORDER_PLATFORM = 36;
    public static final int SR_IOV = 37;
    /** The driver passes extra data in its queue notifications. */
    public static final int NOTIFICATION_DATA = 38;
    public static final int NOTIF_CONFIG_DATA = 39;
    /** Queues can be reset individually. */
    public static final int RING_RESET = 40;

    private VirtioFeature() {
    }

    /** The mask of a feature bit number, for feature words. */
    public static long bit(int feature) {
        return 1L << feature;
    }

    public static boolean has(long features, int feature) {
        return (features & (1L << feature)) != 0;
    }
}
