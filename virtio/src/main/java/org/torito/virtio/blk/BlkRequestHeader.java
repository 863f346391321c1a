package org.torito.virtio.blk;

import org.torito.virtio.VirtioMemory;

/** The 16-byte header that starts every virtio-blk request: type u32, reserved u32, sector u64 (5.2.6). */
public final class BlkRequestHeader {

    public static final int TYPE = 0;
    public static final int RESERVED = 4;
    public static final int SECTOR = 8;
    public static final int SIZE = 16;
    /** Sectors are always 512 bytes in virtio-blk, whatever blk_size says. */
    public static final int SECTOR_SIZE = 512;
    /** Bytes of the device id a GET_ID request returns. */
    public static final int ID_BYTES = 20;

    private BlkRequestHeader() {
    }

    /** The driver fills a header at {@code address}. */
    public static void write(VirtioMemory memory, long address, int type, long sector) {
        memory.write32(address + TYPE, type);
        memory.write32(address + RESERVED, 0);
        memory.write64(address + SECTOR, sector);
    }
}
