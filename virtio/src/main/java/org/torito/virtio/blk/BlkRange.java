package org.torito.virtio.blk;

import org.torito.virtio.VirtioMemory;

/** One 16-byte range of a DISCARD or WRITE_ZEROES request: sector u64, num_sectors u32, flags u32 (5.2.6). */
public final class BlkRange {

    public static final int SECTOR = 0;
    public static final int NUM_SECTORS = 8;
    public static final int FLAGS = 12;
    public static final int SIZE = 16;
    /** WRITE_ZEROES only: the device may deallocate the range instead of writing zeroes. */
    public static final int FLAG_UNMAP = 1;

    private BlkRange() {
    }

    /** The driver fills a range at {@code address}. */
    public static void write(VirtioMemory memory, long address, long sector, int numSectors, int flags) {
        memory.write64(address + SECTOR, sector);
        memory.write32(address + NUM_SECTORS, numSectors);
        memory.write32(address + FLAGS, flags);
    }
}
