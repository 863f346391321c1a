package org.torito.virtio.queue;

/** Flags of the available and used rings (virtio 1.2 2.7.6, 2.7.8), used when EVENT_IDX is not negotiated. */
public final class RingFlags {

    /** avail.flags: the driver asks the device not to interrupt it. */
    public static final int AVAIL_NO_INTERRUPT = 1;
    /** used.flags: the device asks the driver not to notify (kick) it. */
    public static final int USED_NO_NOTIFY = 1;

    private RingFlags() {
    }
}
