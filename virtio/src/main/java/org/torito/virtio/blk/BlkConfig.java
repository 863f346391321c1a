package org.torito.virtio.blk;

/**
 * The virtio-blk configuration space (struct virtio_blk_config, virtio 1.2 5.2.4): field
 * offsets, and the values a device offers, encoded little-endian for config-space reads.
 * Fields past write_zeroes_may_unmap (secure erase, zoned) are not offered.
 */
public final class BlkConfig {

    public static final int CAPACITY = 0;
    public static final int SIZE_MAX = 8;
    public static final int SEG_MAX = 12;
    public static final int GEOMETRY_CYLINDERS = 16;
    public static final int GEOMETRY_HEADS = 18;
    public static final int GEOMETRY_SECTORS = 19;
    public static final int BLK_SIZE = 20;
    public static final int PHYSICAL_BLOCK_EXP = 24;
    public static final int ALIGNMENT_OFFSET = 25;
    public static final int MIN_IO_SIZE = 26;
    public static final int OPT_IO_SIZE = 28;
    public static final int WRITEBACK = 32;
    public static final int NUM_QUEUES = 34;
    public static final int MAX_DISCARD_SECTORS = 36;
    public static final int MAX_DISCARD_SEG = 40;
    public static final int DISCARD_SECTOR_ALIGNMENT = 44;
    public static final int MAX_WRITE_ZEROES_SECTORS = 48;
    public static final int MAX_WRITE_ZEROES_SEG = 52;
    public static final int WRITE_ZEROES_MAY_UNMAP = 56;
    /** Bytes offered: up to write_zeroes_may_unmap and its 3 bytes of padding. */
    public static final int SIZE = 60;

    private final byte[] bytes = new byte[SIZE];

    /** Capacity in 512-byte sectors. */
    public BlkConfig capacity(long sectors) {
        put(CAPACITY, 8, sectors);
        return this;
    }

    public long capacity() {
        return get(CAPACITY, 8);
    }

    public BlkConfig sizeMax(int bytesPerSegment) {
        put(SIZE_MAX, 4, bytesPerSegment);
        return this;
    }

    public BlkConfig segMax(int segments) {
        put(SEG_MAX, 4, segments);
        return this;
    }

    public BlkConfig blkSize(int blockBytes) {
        put(BLK_SIZE, 4, blockBytes);
        return this;
    }

    public BlkConfig numQueues(int queues) {
        put(NUM_QUEUES, 2, queues);
        return this;
    }

    public BlkConfig discard(int maxSectors, int maxSegments, int sectorAlignment) {
        put(MAX_DISCARD_SECTORS, 4, maxSectors);
        put(MAX_DISCARD_SEG, 4, maxSegments);
        put(DISCARD_SECTOR_ALIGNMENT, 4, sectorAlignment);
        return this;
    }

    public BlkConfig writeZeroes(int maxSectors, int maxSegments, boolean mayUnmap) {
        put(MAX_WRITE_ZEROES_SECTORS, 4, maxSectors);
        put(MAX_WRITE_ZEROES_SEG, 4, maxSegments);
        put(WRITE_ZEROES_MAY_UNMAP, 1, mayUnmap ? 1 : 0);
        return this;
    }

    /** A little-endian config-space read; bytes past {@link #SIZE} read 0. */
    public int read(int offset, int width) {
        int value = 0;
        for (int i = width - 1; i >= 0; i--) {
            int at = offset + i;
            value = (value << 8) | (at >= 0 && at < SIZE ? bytes[at] & 0xff : 0);
        }
        return value;
    }

    private void put(int offset, int width, long value) {
        for (int i = 0; i < width; i++) {
            bytes[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    private long get(int offset, int width) {
        long value = 0;
        for (int i = width - 1; i >= 0; i--) {
            value = (value << 8) | (bytes[offset + i] & 0xff);
        }
        return value;
    }
}
