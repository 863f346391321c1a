package org.torito.virtio.queue;

/** The 16-byte split-queue descriptor (virtio 1.2 2.7.5): addr u64, len u32, flags u16, next u16. */
public final class Descriptor {

    public static final int ADDR = 0;
    public static final int LEN = 8;
    public static final int FLAGS = 12;
    public static final int NEXT = 14;

    /** The buffer continues in the descriptor named by next. */
    public static final int F_NEXT = 1;
    /** The buffer is device-writable (otherwise device-readable). */
    public static final int F_WRITE = 2;
    /** The buffer holds a table of descriptors (2.7.5.3). */
    public static final int F_INDIRECT = 4;

    private Descriptor() {
    }
}
