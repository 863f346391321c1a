package org.torito.virtio.blk;

import org.torito.virtio.VirtioMemory;
import org.torito.virtio.queue.DescriptorChain;
import org.torito.virtio.queue.InvalidChainException;

/**
 * A virtio-blk request as the device reads it from a {@link DescriptorChain} (virtio 1.2
 * 5.2.6): the header, the data segments between header and status byte, the ranges of a
 * DISCARD or WRITE_ZEROES, and where the status byte goes. No assumption is made about how the
 * driver split header, data and status over descriptors (2.6.4 message framing).
 *
 * <p>Two kinds of bad request: one without a readable 16-byte header or a writable status byte
 * cannot be answered and throws {@link InvalidChainException}; any other (unknown type, wrong
 * data direction, length not a multiple of 512, sectors past the capacity, a write to a
 * read-only disk, bad range flags) parses with {@link #status()} set to IOERR or UNSUPP and
 * {@link #problem()} saying why, so the device answers it without touching the disk.
 *
 * <p>One instance is reused for every request of a queue: nothing is allocated per request on
 * the valid path.
 */
public final class BlkRequest {

    private final long[] dataAddresses;
    private final int[] dataLengths;
    private final long[] rangeSectors;
    private final int[] rangeCounts;
    private final int[] rangeFlags;
    private final byte[] scratch = new byte[BlkRequestHeader.SIZE];

    private long capacitySectors;
    private boolean readOnly;

    private int head;
    private int type;
    private long sector;
    private int status;
    private String problem;
    private long statusAddress;
    private int dataCount;
    private long dataBytes;
    private int rangeCount;

    private int cursorSegment;
    private int cursorOffset;

    /**
     * @param maxSegments the most descriptors a chain can have (the queue size)
     * @param maxRanges the most DISCARD/WRITE_ZEROES ranges accepted (max_discard_seg and
     *        max_write_zeroes_seg offered in {@link BlkConfig}); more answer IOERR
     */
    public BlkRequest(int maxSegments, int maxRanges) {
        if (maxSegments <= 0 || maxRanges < 0) {
            throw new IllegalArgumentException("blk request for " + maxSegments + " segments and " + maxRanges + " ranges");
        }
        dataAddresses = new long[maxSegments];
        dataLengths = new int[maxSegments];
        rangeSectors = new long[maxRanges];
        rangeCounts = new int[maxRanges];
        rangeFlags = new int[maxRanges];
    }

    /** The disk the requests are checked against: capacity in 512-byte sectors, and whether writes are refused. */
    public void setDisk(long capacitySectors, boolean readOnly) {
        if (capacitySectors < 0) {
            throw new IllegalArgumentException("disk capacity " + capacitySectors + " sectors");
        }
        this.capacitySectors = capacitySectors;
        this.readOnly = readOnly;
    }

    public int head() {
        return head;
    }

    /** {@link BlkRequestType}; may be a type this parser does not know (then status is UNSUPP). */
    public int type() {
        return type;
    }

    public long sector() {
        return sector;
    }

    /** {@link BlkStatus#OK} when the device should carry the request out, else the status to answer with. */
    public int status() {
        return status;
    }

    /** Why {@link #status()} is not OK, or null. */
    public String problem() {
        return problem;
    }

    /** Guest address of the status byte. */
    public long statusAddress() {
        return statusAddress;
    }

    /** Data segments: for IN the writable bytes before the status byte, for OUT the readable bytes after the header. */
    public int dataSegmentCount() {
        return dataCount;
    }

    public long dataAddress(int segment) {
        checkIndex(segment, dataCount);
        return dataAddresses[segment];
    }

    public int dataLength(int segment) {
        checkIndex(segment, dataCount);
        return dataLengths[segment];
    }

    /** Total data bytes (for IN/OUT a multiple of 512 when status is OK). */
    public long dataBytes() {
        return dataBytes;
    }

    /** DISCARD/WRITE_ZEROES ranges, each already within the capacity. */
    public int rangeCount() {
        return rangeCount;
    }

    public long rangeSector(int range) {
        checkIndex(range, rangeCount);
        return rangeSectors[range];
    }

    public int rangeSectorCount(int range) {
        checkIndex(range, rangeCount);
        return rangeCounts[range];
    }

    public int rangeFlags(int range) {
        checkIndex(range, rangeCount);
        return rangeFlags[range];
    }

    /** The used length to report for this request: bytes the device wrote, status byte included. */
    public int usedLength(int dataBytesWritten) {
        return dataBytesWritten + 1;
    }

    private static void checkIndex(int index, int count) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("index " + index + " of " + count);
        }
    }

    /**
     * Parses the request in {@code chain}, whose segments were already checked to lie in
     * {@code memory}.
     *
     * @throws InvalidChainException when there is no readable header or no writable status byte
     */
    public void parse(VirtioMemory memory, DescriptorChain chain) throws InvalidChainException {
        head = chain.head();
        type = 0;
        sector = 0;
        status = BlkStatus.OK;
        problem = null;
        dataCount = 0;
        dataBytes = 0;
        rangeCount = 0;
        if (chain.segmentCount() > dataAddresses.length) {
            throw new InvalidChainException(head, "blk request " + head + " has " + chain.segmentCount()
                    + " segments, more than the " + dataAddresses.length + " this queue takes");
        }
        if (chain.readableBytes() < BlkRequestHeader.SIZE) {
            throw new InvalidChainException(head, "blk request " + head + ": " + chain.readableBytes()
                    + " device-readable bytes, a 16-byte header needs more");
        }
        if (chain.writableBytes() < 1) {
            throw new InvalidChainException(head, "blk request " + head + " has no device-writable status byte");
        }
        int last = chain.segmentCount() - 1;
        while (chain.length(last) == 0) {
            last--; // writableBytes >= 1, so a non-empty writable segment exists
        }
        statusAddress = chain.address(last) + chain.length(last) - 1;

        cursorSegment = 0;
        cursorOffset = 0;
        if (chain.length(0) >= BlkRequestHeader.SIZE) {
            // The usual framing: the whole header in the first descriptor, read in place.
            type = memory.read32(chain.address(0) + BlkRequestHeader.TYPE);
            sector = memory.read64(chain.address(0) + BlkRequestHeader.SECTOR);
            cursorOffset = BlkRequestHeader.SIZE;
        } else {
            gather(memory, chain, BlkRequestHeader.SIZE);
            type = le32(BlkRequestHeader.TYPE);
            sector = le64(BlkRequestHeader.SECTOR);
        }

        long readableData = chain.readableBytes() - BlkRequestHeader.SIZE;
        long writableData = chain.writableBytes() - 1;
        switch (type) {
            case BlkRequestType.IN:
                if (readableData != 0) {
                    refuse(BlkStatus.IOERR, "IN request with device-readable data");
                } else if (checkTransfer(writableData)) {
                    collectWritableData(chain, writableData);
                }
                return;
            case BlkRequestType.OUT:
                if (writableData != 0) {
                    refuse(BlkStatus.IOERR, "OUT request with device-writable data");
                } else if (readOnly) {
                    refuse(BlkStatus.IOERR, "OUT request to a read-only disk");
                } else if (checkTransfer(readableData)) {
                    collectReadableData(chain);
                }
                return;
            case BlkRequestType.FLUSH:
                if (readableData != 0 || writableData != 0) {
                    refuse(BlkStatus.IOERR, "FLUSH request with data");
                }
                return;
            case BlkRequestType.GET_ID:
                if (readableData != 0 || writableData == 0) {
                    refuse(BlkStatus.IOERR, "GET_ID request without a device-writable id buffer");
                } else {
                    collectWritableData(chain, writableData);
                }
                return;
            case BlkRequestType.DISCARD:
            case BlkRequestType.WRITE_ZEROES:
                parseRanges(memory, chain, readableData, writableData);
                return;
            default:
                refuse(BlkStatus.UNSUPP, "request type " + type + " is not supported");
        }
    }

    private void refuse(int status, String why) {
        this.status = status;
        this.problem = "blk request " + head + ": " + why;
    }

    /** Length and sector range of an IN/OUT; false (status set) when the device must not do it. */
    private boolean checkTransfer(long bytes) {
        if (bytes % BlkRequestHeader.SECTOR_SIZE != 0) {
            refuse(BlkStatus.IOERR, "data length " + bytes + " is not a multiple of 512");
            return false;
        }
        if (!withinDisk(sector, bytes / BlkRequestHeader.SECTOR_SIZE)) {
            refuse(BlkStatus.IOERR, "sectors 0x" + Long.toHexString(sector) + "+" + bytes / BlkRequestHeader.SECTOR_SIZE
                    + " are past the disk's " + capacitySectors);
            return false;
        }
        return true;
    }

    private boolean withinDisk(long first, long count) {
        // Unsigned first, no overflow: first + count <= capacity.
        return first >= 0 && count <= capacitySectors && first <= capacitySectors - count;
    }

    /** Writable segments up to but not including the status byte. */
    private void collectWritableData(DescriptorChain chain, long writableData) {
        long remaining = writableData;
        for (int i = chain.readableCount(); i < chain.segmentCount() && remaining > 0; i++) {
            int length = chain.length(i);
            if (length == 0) {
                continue;
            }
            int take = remaining < length ? (int) remaining : length;
            addData(chain.address(i), take);
            remaining -= take;
        }
    }

    /** Readable segments after the 16-byte header. */
    private void collectReadableData(DescriptorChain chain) {
        long skip = BlkRequestHeader.SIZE;
        for (int i = 0; i < chain.readableCount(); i++) {
            int length = chain.length(i);
            if (skip >= length) {
                skip -= length;
                continue;
            }
            addData(chain.address(i) + skip, (int) (length - skip));
            skip = 0;
        }
    }

    private void addData(long address, int length) {
        dataAddresses[dataCount] = address;
        dataLengths[dataCount] = length;
        dataCount++;
        dataBytes += length;
    }

    private void parseRanges(VirtioMemory memory, DescriptorChain chain, long readableData, long writableData) {
        String name = type == BlkRequestType.DISCARD ? "DISCARD" : "WRITE_ZEROES";
        if (writableData != 0) {
            refuse(BlkStatus.IOERR, name + " request with device-writable data");
            return;
        }
        if (readOnly) {
            refuse(BlkStatus.IOERR, name + " request to a read-only disk");
            return;
        }
        if (readableData == 0 || readableData % BlkRange.SIZE != 0) {
            refuse(BlkStatus.IOERR, name + " data of " + readableData + " bytes is not a non-empty list of 16-byte ranges");
            return;
        }
        long ranges = readableData / BlkRange.SIZE;
        if (ranges > rangeSectors.length) {
            refuse(BlkStatus.IOERR, name + " with " + ranges + " ranges, more than the " + rangeSectors.length + " offered");
            return;
        }
        int allowedFlags = type == BlkRequestType.WRITE_ZEROES ? BlkRange.FLAG_UNMAP : 0;
        for (int i = 0; i < ranges; i++) {
            gather(memory, chain, BlkRange.SIZE);
            long first = le64(BlkRange.SECTOR);
            int count = le32(BlkRange.NUM_SECTORS);
            int flags = le32(BlkRange.FLAGS);
            if ((flags & ~allowedFlags) != 0) {
                rangeCount = 0;
                refuse(BlkStatus.UNSUPP, name + " range " + i + " has unsupported flags 0x" + Integer.toHexString(flags));
                return;
            }
            if (!withinDisk(first, count & 0xffffffffL)) {
                rangeCount = 0;
                refuse(BlkStatus.IOERR, name + " range " + i + " (sectors 0x" + Long.toHexString(first) + "+"
                        + (count & 0xffffffffL) + ") is past the disk's " + capacitySectors);
                return;
            }
            rangeSectors[rangeCount] = first;
            rangeCounts[rangeCount] = count;
            rangeFlags[rangeCount] = flags;
            rangeCount++;
        }
    }

    /** Copies the next {@code length} (<= 16) readable bytes into scratch; the caller checked they exist. */
    private void gather(VirtioMemory memory, DescriptorChain chain, int length) {
        int filled = 0;
        while (filled < length) {
            int segmentLength = chain.length(cursorSegment);
            int available = segmentLength - cursorOffset;
            if (available == 0) {
                cursorSegment++;
                cursorOffset = 0;
                continue;
            }
            int take = Math.min(available, length - filled);
            memory.copyToArray(chain.address(cursorSegment) + cursorOffset, scratch, filled, take);
            filled += take;
            cursorOffset += take;
        }
    }

    private int le32(int at) {
        return (scratch[at] & 0xff) | (scratch[at + 1] & 0xff) << 8 | (scratch[at + 2] & 0xff) << 16
                | (scratch[at + 3] & 0xff) << 24;
    }

    private long le64(int at) {
        return (le32(at) & 0xffffffffL) | ((long) le32(at + 4) << 32);
    }
}
