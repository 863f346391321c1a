package org.torito.virtio.queue;

import org.torito.virtio.VirtioFeature;
import org.torito.virtio.VirtioMemory;

/**
 * The device's side of one split virtqueue (virtio 1.2 2.7): configured by the transport,
 * then {@link #pop}s the chains the driver made available and {@link #addUsed}s them back.
 * Everything read from the rings is guest-controlled and checked; nothing here allocates
 * after {@link #enable}. Not thread-safe: one thread serves a queue at a time.
 *
 * <p>The usual service loop, which cannot miss a buffer made available while it runs:
 * <pre>
 * do {
 *     disableNotifications();
 *     while ((chain = pop()) != null) { ...; addUsed(chain.head(), written); }
 *     if (needsNotification()) interrupt();
 * } while (enableNotifications());
 * </pre>
 */
public final class DeviceQueue {

    private final VirtioMemory memory;
    private final int maxSize;
    private final DescriptorChain chain;

    private int size;
    private long descTable;
    private long availRing;
    private long usedRing;
    private boolean ready;
    private boolean eventIdx;
    private boolean indirectAllowed;
    private QueueLayout layout;

    private int nextAvail;
    private int nextUsed;
    private boolean notificationsEnabled = true;
    private int signalledUsed;
    private boolean signalledUsedValid;

    /** @param maxSize the largest size the device accepts (QueueNumMax): a power of two up to 32768 */
    public DeviceQueue(VirtioMemory memory, int maxSize) {
        if (QueueLayout.problem(maxSize, 0, 0, 0) != null) {
            throw new IllegalArgumentException("maximum queue size " + maxSize + " is not a power of two in 1.."
                    + QueueLayout.MAX_SIZE);
        }
        this.memory = memory;
        this.maxSize = maxSize;
        this.chain = new DescriptorChain(maxSize);
        reset();
    }

    /** Back to the state after device reset: not ready, size = maximum, addresses 0, indexes 0. */
    public void reset() {
        size = maxSize;
        descTable = 0;
        availRing = 0;
        usedRing = 0;
        ready = false;
        eventIdx = false;
        indirectAllowed = false;
        layout = null;
        nextAvail = 0;
        nextUsed = 0;
        notificationsEnabled = true;
        signalledUsed = 0;
        signalledUsedValid = false;
    }

    public int maxSize() {
        return maxSize;
    }

    public int size() {
        return size;
    }

    /** Sets QueueNum; the value is checked by {@link #enable}. */
    public void setSize(int size) {
        this.size = size;
    }

    public long descTable() {
        return descTable;
    }

    public void setDescTable(long address) {
        descTable = address;
    }

    public long availRing() {
        return availRing;
    }

    public void setAvailRing(long address) {
        availRing = address;
    }

    public long usedRing() {
        return usedRing;
    }

    public void setUsedRing(long address) {
        usedRing = address;
    }

    /** Applies the negotiated features that change how the ring is used: EVENT_IDX and INDIRECT_DESC. */
    public void setNegotiatedFeatures(long features) {
        eventIdx = VirtioFeature.has(features, VirtioFeature.EVENT_IDX);
        indirectAllowed = VirtioFeature.has(features, VirtioFeature.INDIRECT_DESC);
    }

    public boolean eventIdx() {
        return eventIdx;
    }

    public boolean indirectAllowed() {
        return indirectAllowed;
    }

    /** Null when the configured size and addresses make a valid queue inside memory, else why not. */
    public String problem() {
        if (size > maxSize) {
            return "queue size " + size + " exceeds the maximum " + maxSize;
        }
        String problem = QueueLayout.problem(size, descTable, availRing, usedRing);
        if (problem != null) {
            return problem;
        }
        if (!memory.contains(descTable, QueueLayout.descTableBytes(size))) {
            return "descriptor table 0x" + Long.toHexString(descTable) + " is outside guest memory";
        }
        if (!memory.contains(availRing, QueueLayout.availRingBytes(size))) {
            return "available ring 0x" + Long.toHexString(availRing) + " is outside guest memory";
        }
        if (!memory.contains(usedRing, QueueLayout.usedRingBytes(size))) {
            return "used ring 0x" + Long.toHexString(usedRing) + " is outside guest memory";
        }
        return null;
    }

    /**
     * QueueReady = 1: checks the configuration and starts using the rings from index 0.
     *
     * @return null when the queue is now ready, else why it stays not ready
     */
    public String enable() {
        String problem = problem();
        if (problem != null) {
            ready = false;
            return problem;
        }
        layout = new QueueLayout(size, descTable, availRing, usedRing);
        nextAvail = 0;
        nextUsed = 0;
        notificationsEnabled = true;
        signalledUsedValid = false;
        ready = true;
        return null;
    }

    /** QueueReady = 0. */
    public void disable() {
        ready = false;
    }

    public boolean isReady() {
        return ready;
    }

    /** The layout in use, or null when not ready. */
    public QueueLayout layout() {
        return ready ? layout : null;
    }

    public int nextAvail() {
        return nextAvail;
    }

    public int nextUsed() {
        return nextUsed;
    }

    /**
     * How many chains the driver has made available and the device not yet popped.
     *
     * @throws InvalidChainException when avail.idx ran more than the queue size ahead
     */
    public int availableCount() throws InvalidChainException {
        if (!ready) {
            return 0;
        }
        int availIdx = memory.loadAcquire16(layout.availIdx());
        int pending = (availIdx - nextAvail) & 0xffff;
        if (pending > size) {
            throw new InvalidChainException(-1, "driver moved avail.idx to " + availIdx + ", " + pending
                    + " ahead of the device's " + nextAvail + " in a queue of " + size);
        }
        return pending;
    }

    /**
     * The next available chain in this queue's own {@link DescriptorChain}, valid until the
     * next pop; null when none is available or the queue is not ready.
     */
    public DescriptorChain pop() throws InvalidChainException {
        return pop(chain);
    }

    /**
     * The next available chain, walked into {@code into} (whose capacity caps its segments);
     * null when none. On {@link InvalidChainException} with a valid {@link InvalidChainException#head},
     * the chain was consumed and the device should still {@link #addUsed} it (length 0) or reset.
     */
    public DescriptorChain pop(DescriptorChain into) throws InvalidChainException {
        if (availableCount() == 0) {
            return null;
        }
        int head = memory.read16(layout.availEntry(nextAvail & (size - 1)));
        nextAvail = (nextAvail + 1) & 0xffff;
        if (eventIdx && notificationsEnabled) {
            // Ask for a kick as soon as the driver adds past what we have taken.
            memory.write16(layout.availEvent(), nextAvail);
        }
        if (head >= size) {
            throw new InvalidChainException(-1, "available ring names head descriptor " + head
                    + " in a queue of " + size);
        }
        into.walk(memory, layout.descTable(), size, head, indirectAllowed);
        return into;
    }

    /** Puts {@code count} chains back to be popped again (e.g. the backend could not take them yet). */
    public void undoPop(int count) {
        nextAvail = (nextAvail - count) & 0xffff;
    }

    /** Returns the chain with head {@code head} to the driver, {@code writtenLength} bytes written into it. */
    public void addUsed(int head, int writtenLength) {
        if (!ready) {
            throw new IllegalStateException("addUsed on a queue that is not ready");
        }
        if (head < 0 || head >= size) {
            throw new IllegalArgumentException("used head " + head + " is outside the queue of " + size);
        }
        // The element (le32 id, le32 len) in one 8-byte store; the driver reads it only after used.idx.
        long element = layout.usedElement(nextUsed & (size - 1));
        memory.write64(element, ((long) writtenLength << 32) | head);
        nextUsed = (nextUsed + 1) & 0xffff;
        memory.storeRelease16(layout.usedIdx(), nextUsed);
    }

    /**
     * Whether the driver wants an interrupt for the buffers used since the last call:
     * with EVENT_IDX when used.idx passed used_event (vring_need_event), else unless the driver
     * set NO_INTERRUPT in avail.flags.
     */
    public boolean needsNotification() {
        if (!ready) {
            return false;
        }
        // used.idx was stored before; the driver's used_event must be read after it (store-load).
        memory.fullFence();
        if (eventIdx) {
            int usedEvent = memory.read16(layout.usedEvent());
            boolean need = !signalledUsedValid || EventIndex.needsEvent(usedEvent, nextUsed, signalledUsed);
            signalledUsed = nextUsed;
            signalledUsedValid = true;
            return need;
        }
        return (memory.read16(layout.availFlags()) & RingFlags.AVAIL_NO_INTERRUPT) == 0;
    }

    /**
     * Asks the driver to notify again when it makes buffers available (avail_event = next_avail
     * with EVENT_IDX, else clear NO_NOTIFY in used.flags).
     *
     * @return whether buffers became available meanwhile: the caller must pop again, not sleep
     */
    public boolean enableNotifications() throws InvalidChainException {
        if (!ready) {
            return false;
        }
        notificationsEnabled = true;
        if (eventIdx) {
            memory.write16(layout.availEvent(), nextAvail);
        } else {
            memory.write16(layout.usedFlags(), 0);
        }
        memory.fullFence();
        return availableCount() != 0;
    }

    /** Tells the driver not to notify while the device is polling anyway. */
    public void disableNotifications() {
        if (!ready) {
            return;
        }
        notificationsEnabled = false;
        if (!eventIdx) {
            memory.write16(layout.usedFlags(), RingFlags.USED_NO_NOTIFY);
        }
        // With EVENT_IDX avail_event is simply left behind: the driver kicks at most once more.
    }
}
