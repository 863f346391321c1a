package org.torito.virtio.queue;

import org.torito.virtio.VirtioMemory;

/**
 * The driver's side of one split virtqueue (virtio 1.2 2.7) over ring memory the driver owns:
 * adds chains of direct descriptors, publishes them, and takes used buffers back. The free
 * list lives in Java arrays, not in the shared descriptor table, so a device cannot corrupt it.
 * Allocation-free after construction. Not thread-safe: one core drives a queue.
 */
public final class DriverQueue {

    /** {@link #takeUsed} when the device has returned nothing new. */
    public static final long NONE = -1;

    private final VirtioMemory memory;
    private final QueueLayout layout;
    private final int size;
    private final boolean eventIdx;
    /** Free descriptors and in-flight chains are both linked through this copy of "next". */
    private final int[] link;
    /** Descriptors in the chain headed by each in-flight head; 0 for descriptors that are not heads in flight. */
    private final int[] chainLength;

    private int freeHead;
    private int freeCount;
    private int availIdx;
    private int kickedIdx;
    private int lastUsed;
    private boolean interruptsEnabled = true;

    /**
     * Zeroes the rings in {@code layout} and starts with every descriptor free.
     *
     * @param eventIdx whether VIRTIO_F_EVENT_IDX was negotiated
     */
    public DriverQueue(VirtioMemory memory, QueueLayout layout, boolean eventIdx) {
        this.memory = memory;
        this.layout = layout;
        this.size = layout.size();
        this.eventIdx = eventIdx;
        this.link = new int[size];
        this.chainLength = new int[size];
        zero(layout.descTable(), QueueLayout.descTableBytes(size));
        zero(layout.availRing(), QueueLayout.availRingBytes(size));
        zero(layout.usedRing(), QueueLayout.usedRingBytes(size));
        for (int i = 0; i < size; i++) {
            link[i] = i + 1;
        }
        freeHead = 0;
        freeCount = size;
    }

    private void zero(long address, long bytes) {
        long end = address + bytes;
        long at = address;
        for (; at + 8 <= end; at += 8) {
            memory.write64(at, 0);
        }
        for (; at < end; at++) {
            memory.write8(at, 0);
        }
    }

    public QueueLayout layout() {
        return layout;
    }

    public int size() {
        return size;
    }

    public int freeCount() {
        return freeCount;
    }

    /** The driver's next avail.idx (including chains added but not yet published). */
    public int availIdx() {
        return availIdx;
    }

    /** used.idx up to which the driver has taken buffers back. */
    public int lastUsed() {
        return lastUsed;
    }

    /**
     * Adds one chain: the first {@code readableCount} of {@code addrs}/{@code lens} are
     * device-readable, the next {@code writableCount} device-writable. Visible to the device
     * only after {@link #publish}.
     *
     * @return the head descriptor index, or -1 when fewer than readable+writable descriptors are free
     */
    public int add(long[] addrs, int[] lens, int readableCount, int writableCount) {
        int n = readableCount + writableCount;
        if (readableCount < 0 || writableCount < 0 || n == 0 || n > addrs.length || n > lens.length) {
            throw new IllegalArgumentException("chain of " + readableCount + " readable and " + writableCount
                    + " writable buffers with " + addrs.length + " addresses and " + lens.length + " lengths");
        }
        if (n > freeCount) {
            return -1;
        }
        int head = freeHead;
        int index = head;
        for (int i = 0; i < n; i++) {
            long descriptor = layout.descriptor(index);
            boolean last = i == n - 1;
            int flags = (i >= readableCount ? Descriptor.F_WRITE : 0) | (last ? 0 : Descriptor.F_NEXT);
            memory.write64(descriptor + Descriptor.ADDR, addrs[i]);
            memory.write32(descriptor + Descriptor.LEN, lens[i]);
            memory.write16(descriptor + Descriptor.FLAGS, flags);
            memory.write16(descriptor + Descriptor.NEXT, last ? 0 : link[index]);
            if (!last) {
                index = link[index];
            }
        }
        freeHead = link[index];
        freeCount -= n;
        chainLength[head] = n;
        memory.write16(layout.availEntry(availIdx & (size - 1)), head);
        availIdx = (availIdx + 1) & 0xffff;
        return head;
    }

    /**
     * Adds a chain of one descriptor pointing at an indirect table the caller has filled
     * (2.7.5.3); VIRTIO_F_INDIRECT_DESC must have been negotiated.
     *
     * @return the head, or -1 when no descriptor is free
     */
    public int addIndirect(long table, int tableBytes) {
        if (freeCount == 0) {
            return -1;
        }
        int head = freeHead;
        long descriptor = layout.descriptor(head);
        memory.write64(descriptor + Descriptor.ADDR, table);
        memory.write32(descriptor + Descriptor.LEN, tableBytes);
        memory.write16(descriptor + Descriptor.FLAGS, Descriptor.F_INDIRECT);
        memory.write16(descriptor + Descriptor.NEXT, 0);
        freeHead = link[head];
        freeCount--;
        chainLength[head] = 1;
        memory.write16(layout.availEntry(availIdx & (size - 1)), head);
        availIdx = (availIdx + 1) & 0xffff;
        return head;
    }

    /** Makes every added chain visible to the device (release-store of avail.idx). */
    public void publish() {
        memory.storeRelease16(layout.availIdx(), availIdx);
    }

    /**
     * Whether the device wants a notification for what was published since the last call:
     * with EVENT_IDX when avail.idx passed avail_event, else unless used.flags has NO_NOTIFY.
     */
    public boolean kickNeeded() {
        // avail.idx was stored before; the device's avail_event must be read after it (store-load).
        memory.fullFence();
        if (eventIdx) {
            int availEvent = memory.read16(layout.availEvent());
            boolean need = EventIndex.needsEvent(availEvent, availIdx, kickedIdx);
            kickedIdx = availIdx;
            return need;
        }
        kickedIdx = availIdx;
        return (memory.read16(layout.usedFlags()) & RingFlags.USED_NO_NOTIFY) == 0;
    }

    /** Whether the device has returned buffers not yet taken. */
    public boolean hasUsed() {
        return memory.loadAcquire16(layout.usedIdx()) != lastUsed;
    }

    /**
     * The next used buffer, its descriptors freed: {@code (id << 32) | len} with {@link #usedId}
     * and {@link #usedLength} to unpack, or {@link #NONE}.
     *
     * @throws IllegalStateException when the device returned an id that is not a chain in flight
     */
    public long takeUsed() {
        if (memory.loadAcquire16(layout.usedIdx()) == lastUsed) {
            return NONE;
        }
        long element = layout.usedElement(lastUsed & (size - 1));
        int id = memory.read32(element);
        int length = memory.read32(element + 4);
        if (id < 0 || id >= size || chainLength[id] == 0) {
            throw new IllegalStateException("device returned used id " + id + " which is not a chain in flight");
        }
        int index = id;
        for (int i = chainLength[id]; i > 1; i--) {
            index = link[index];
        }
        link[index] = freeHead;
        freeHead = id;
        freeCount += chainLength[id];
        chainLength[id] = 0;
        lastUsed = (lastUsed + 1) & 0xffff;
        if (eventIdx && interruptsEnabled) {
            memory.write16(layout.usedEvent(), lastUsed);
        }
        return ((long) id << 32) | (length & 0xffffffffL);
    }

    public static int usedId(long used) {
        return (int) (used >>> 32);
    }

    public static int usedLength(long used) {
        return (int) used;
    }

    /**
     * Asks for an interrupt on the next used buffer (used_event = last used with EVENT_IDX, else
     * clear NO_INTERRUPT).
     *
     * @return whether used buffers arrived meanwhile: take them before waiting for an interrupt
     */
    public boolean enableInterrupts() {
        interruptsEnabled = true;
        if (eventIdx) {
            memory.write16(layout.usedEvent(), lastUsed);
        } else {
            memory.write16(layout.availFlags(), 0);
        }
        memory.fullFence();
        return hasUsed();
    }

    /**
     * Asks the device not to interrupt while the driver polls. With EVENT_IDX, used_event is
     * left where it was, so at most one more interrupt arrives.
     */
    public void disableInterrupts() {
        interruptsEnabled = false;
        if (!eventIdx) {
            memory.write16(layout.availFlags(), RingFlags.AVAIL_NO_INTERRUPT);
        }
    }

    /** Asks for an interrupt only once used.idx passes {@code usedIdx} (e.g. after a batch). */
    public void setUsedEvent(int usedIdx) {
        memory.write16(layout.usedEvent(), usedIdx & 0xffff);
    }
}
