package org.torito.fs.fat;

/** FAT12, FAT16 or FAT32: decided only by the number of data clusters. */
public enum FatType {
    FAT12(12, 0xFF8),
    FAT16(16, 0xFFF8),
    FAT32(32, 0x0FFFFFF8);

    final int bits;
    /** Entries from here up end a chain. */
    final long endOfChain;

    FatType(int bits, long endOfChain) {
        this.bits = bits;
        this.endOfChain = endOfChain;
    }

    static FatType forClusters(long clusters) {
        return clusters < 4085 ? FAT12 : clusters < 65525 ? FAT16 : FAT32;
    }
}
