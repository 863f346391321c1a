package org.torito.virtio.queue;

import org.torito.virtio.VirtioMemory;

/**
 * One buffer the driver made available, as the device sees it: the head index and the
 * (address, length) segments of its descriptors in order, device-readable ones first, then
 * device-writable ones. Direct descriptors and one indirect table (2.7.5.3) are flattened.
 *
 * <p>Walking is done once, eagerly, by {@link #walk}, which checks every rule a hostile guest
 * could break before any segment is used: each address range lies in guest memory, indexes are
 * in range, no loops, no readable after writable, no nested indirect table. The segment count is
 * capped at the capacity given at construction ({@link DeviceQueue} uses its maximum size,
 * QueueNumMax), which bounds both the work per chain and the memory: the arrays are allocated
 * once and reused for every chain. A direct chain is also limited by the queue size; an indirect
 * table may be longer than the queue (Linux does this), so devices should offer a seg_max that
 * fits the capacity.
 */
public final class DescriptorChain {

    private final long[] addresses;
    private final int[] lengths;
    private int head = -1;
    private int count;
    private int readableCount;
    private long readableBytes;
    private long writableBytes;
    private boolean indirect;

    /** @param capacity the most segments one chain may have (at most 32768). */
    public DescriptorChain(int capacity) {
        if (capacity <= 0 || capacity > QueueLayout.MAX_SIZE) {
            throw new IllegalArgumentException("chain capacity " + capacity + " is not in 1.." + QueueLayout.MAX_SIZE);
        }
        addresses = new long[capacity];
        lengths = new int[capacity];
    }

    public int capacity() {
        return addresses.length;
    }

    /** The head descriptor index: what {@link DeviceQueue#addUsed} takes back. */
    public int head() {
        return head;
    }

    public int segmentCount() {
        return count;
    }

    /** Segments {@code 0 .. readableCount()-1} are device-readable. */
    public int readableCount() {
        return readableCount;
    }

    /** Segments {@code readableCount() .. segmentCount()-1} are device-writable. */
    public int writableCount() {
        return count - readableCount;
    }

    public long address(int segment) {
        checkSegment(segment);
        return addresses[segment];
    }

    public int length(int segment) {
        checkSegment(segment);
        return lengths[segment];
    }

    public boolean isWritable(int segment) {
        checkSegment(segment);
        return segment >= readableCount;
    }

    public long readableBytes() {
        return readableBytes;
    }

    public long writableBytes() {
        return writableBytes;
    }

    /** Whether the chain went through an indirect table. */
    public boolean usedIndirectTable() {
        return indirect;
    }

    private void checkSegment(int segment) {
        if (segment < 0 || segment >= count) {
            throw new IndexOutOfBoundsException("segment " + segment + " of a " + count + "-segment chain");
        }
    }

    /**
     * Reads the chain starting at descriptor {@code head} of the table at {@code descTable}
     * ({@code queueSize} entries, already known to lie in memory).
     *
     * @throws InvalidChainException naming the rule the driver broke; the chain is then empty
     */
    public void walk(VirtioMemory memory, long descTable, int queueSize, int head, boolean indirectAllowed)
            throws InvalidChainException {
        this.head = head;
        count = 0;
        readableCount = 0;
        readableBytes = 0;
        writableBytes = 0;
        indirect = false;
        try {
            walkDescriptors(memory, descTable, queueSize, head, indirectAllowed);
        } catch (InvalidChainException e) {
            count = 0;
            readableCount = 0;
            readableBytes = 0;
            writableBytes = 0;
            throw e;
        }
    }

    private void walkDescriptors(VirtioMemory memory, long descTable, int queueSize, int head, boolean indirectAllowed)
            throws InvalidChainException {
        long table = descTable;
        int tableSize = queueSize;
        int index = head;
        int visited = 0;
        boolean writableSeen = false;
        while (true) {
            if (index < 0 || index >= tableSize) {
                throw new InvalidChainException(headOrNone(queueSize), "chain " + head + ": descriptor index " + index
                        + " is outside the " + (indirect ? "indirect table" : "queue") + " of " + tableSize + " entries");
            }
            visited++;
            if (visited > tableSize) {
                throw new InvalidChainException(head, "chain " + head + " loops or is longer than its "
                        + tableSize + "-entry " + (indirect ? "indirect table" : "queue"));
            }
            long descriptor = table + (long) QueueLayout.DESCRIPTOR_SIZE * index;
            // Two 8-byte reads, not four: each guest-memory access is checked, and this is the
            // device's hottest loop. The second word is len (low 32 bits), flags, next.
            long address = memory.read64(descriptor + Descriptor.ADDR);
            long word = memory.read64(descriptor + Descriptor.LEN);
            long length = word & 0xffffffffL;
            int flags = (int) (word >>> 32) & 0xffff;
            int next = (int) (word >>> 48);
            if ((flags & Descriptor.F_INDIRECT) != 0) {
                if (indirect) {
                    throw new InvalidChainException(head, "chain " + head + ": indirect descriptor " + index
                            + " inside an indirect table");
                }
                if (!indirectAllowed) {
                    throw new InvalidChainException(head, "chain " + head + ": indirect descriptor " + index
                            + " but VIRTIO_F_INDIRECT_DESC was not negotiated");
                }
                if ((flags & Descriptor.F_NEXT) != 0) {
                    throw new InvalidChainException(head, "chain " + head + ": indirect descriptor " + index
                            + " also has NEXT set");
                }
                if (length == 0 || (length & (QueueLayout.DESCRIPTOR_SIZE - 1)) != 0) {
                    throw new InvalidChainException(head, "chain " + head + ": indirect table length " + length
                            + " is not a non-zero multiple of 16");
                }
                if (!memory.contains(address, length)) {
                    throw new InvalidChainException(head, "chain " + head + ": indirect table 0x"
                            + Long.toHexString(address) + "+" + length + " is outside guest memory");
                }
                indirect = true;
                table = address;
                tableSize = (int) (length / QueueLayout.DESCRIPTOR_SIZE);
                index = 0;
                visited = 0;
                continue;
            }
            if (!memory.contains(address, length)) {
                throw new InvalidChainException(head, "chain " + head + ": descriptor " + index + " buffer 0x"
                        + Long.toHexString(address) + "+" + length + " is outside guest memory");
            }
            if (length > Integer.MAX_VALUE) {
                throw new InvalidChainException(head, "chain " + head + ": descriptor " + index + " length "
                        + length + " exceeds 2 GiB");
            }
            boolean writable = (flags & Descriptor.F_WRITE) != 0;
            if (!writable && writableSeen) {
                throw new InvalidChainException(head, "chain " + head + ": device-readable descriptor " + index
                        + " follows a device-writable one");
            }
            if (count == addresses.length) {
                throw new InvalidChainException(head, "chain " + head + " has more than " + addresses.length + " segments");
            }
            addresses[count] = address;
            lengths[count] = (int) length;
            count++;
            if (writable) {
                writableSeen = true;
                writableBytes += length;
            } else {
                readableCount++;
                readableBytes += length;
            }
            if ((flags & Descriptor.F_NEXT) == 0) {
                return;
            }
            index = next;
        }
    }

    private int headOrNone(int queueSize) {
        return head >= 0 && head < queueSize ? head : -1;
    }
}
