package org.torito.virtio.queue;

/**
 * Where the three parts of a split virtqueue live (virtio 1.2 section 2.7) and the address of
 * every field in them. Sizes and alignments per 2.7 table "Virtqueue Part": descriptor table
 * 16*Q bytes aligned 16, driver area (available ring) 6+2*Q aligned 2, device area (used ring)
 * 6+8*Q aligned 4.
 */
public final class QueueLayout {

    public static final int MAX_SIZE = 32768;
    public static final int DESCRIPTOR_SIZE = 16;
    public static final int DESCRIPTOR_ALIGN = 16;
    public static final int AVAIL_ALIGN = 2;
    public static final int USED_ALIGN = 4;
    public static final int USED_ELEMENT_SIZE = 8;

    private final int size;
    private final long descTable;
    private final long availRing;
    private final long usedRing;

    /** @throws IllegalArgumentException naming the bad value when {@link #problem} would. */
    public QueueLayout(int size, long descTable, long availRing, long usedRing) {
        String problem = problem(size, descTable, availRing, usedRing);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        this.size = size;
        this.descTable = descTable;
        this.availRing = availRing;
        this.usedRing = usedRing;
    }

    /** The three parts packed one after the other from {@code base} (aligned 16), each aligned as required. */
    public static QueueLayout contiguous(long base, int size) {
        long avail = base + descTableBytes(size);
        long used = align(avail + availRingBytes(size), USED_ALIGN);
        return new QueueLayout(size, base, avail, used);
    }

    /** Bytes {@link #contiguous} needs. */
    public static long contiguousBytes(int size) {
        long avail = descTableBytes(size);
        return align(avail + availRingBytes(size), USED_ALIGN) + usedRingBytes(size);
    }

    /** Null when the queue is valid, else why not (one line, for logs). */
    public static String problem(int size, long descTable, long availRing, long usedRing) {
        if (size <= 0 || size > MAX_SIZE || (size & (size - 1)) != 0) {
            return "queue size " + size + " is not a power of two in 1.." + MAX_SIZE;
        }
        if ((descTable & (DESCRIPTOR_ALIGN - 1)) != 0) {
            return "descriptor table 0x" + Long.toHexString(descTable) + " is not 16-byte aligned";
        }
        if ((availRing & (AVAIL_ALIGN - 1)) != 0) {
            return "available ring 0x" + Long.toHexString(availRing) + " is not 2-byte aligned";
        }
        if ((usedRing & (USED_ALIGN - 1)) != 0) {
            return "used ring 0x" + Long.toHexString(usedRing) + " is not 4-byte aligned";
        }
        return null;
    }

    public static long descTableBytes(int size) {
        return (long) DESCRIPTOR_SIZE * size;
    }

    public static long availRingBytes(int size) {
        return 6L + 2L * size;
    }

    public static long usedRingBytes(int size) {
        return 6L + (long) USED_ELEMENT_SIZE * size;
    }

    private static long align(long value, long alignment) {
        return (value + alignment - 1) & -alignment;
    }

    public int size() {
        return size;
    }

    public long descTable() {
        return descTable;
    }

    public long availRing() {
        return availRing;
    }

    public long usedRing() {
        return usedRing;
    }

    public long descriptor(int index) {
        return descTable + (long) DESCRIPTOR_SIZE * index;
    }

    public long availFlags() {
        return availRing;
    }

    public long availIdx() {
        return availRing + 2;
    }

    /** Entry {@code slot} of avail.ring; callers reduce the free-running index modulo the size. */
    public long availEntry(int slot) {
        return availRing + 4 + 2L * slot;
    }

    public long usedEvent() {
        return availRing + 4 + 2L * size;
    }

    public long usedFlags() {
        return usedRing;
    }

    public long usedIdx() {
        return usedRing + 2;
    }

    /** Element {@code slot} of used.ring: id (u32) then len (u32). */
    public long usedElement(int slot) {
        return usedRing + 4 + (long) USED_ELEMENT_SIZE * slot;
    }

    public long availEvent() {
        return usedRing + 4 + (long) USED_ELEMENT_SIZE * size;
    }
}
