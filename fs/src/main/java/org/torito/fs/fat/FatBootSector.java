package org.torito.fs.fat;

import org.torito.fs.FsError;
import org.torito.fs.FsException;
import org.torito.fs.LittleEndian;

/** The BIOS parameter block in sector 0: where the FATs, the root directory and the clusters are. */
final class FatBootSector {
    final byte[] raw;
    final int bytesPerSector;
    final int sectorsPerCluster;
    final int reservedSectors;
    final int fatCount;
    final int rootEntries;
    final long totalSectors;
    final long fatSectors;
    final long rootCluster;
    final int fsInfoSector;
    final long rootStart;
    final long rootSectors;
    final long dataStart;
    final long clusterCount;
    final FatType type;

    FatBootSector(byte[] raw, long storeSize) throws FsException {
        this.raw = raw;
        if (LittleEndian.u16(raw, 510) != 0xAA55) {
            throw FsException.corrupt("not a FAT file system: no 0x55AA signature at byte 510");
        }
        bytesPerSector = LittleEndian.u16(raw, 11);
        sectorsPerCluster = LittleEndian.u8(raw, 13);
        reservedSectors = LittleEndian.u16(raw, 14);
        fatCount = LittleEndian.u8(raw, 16);
        rootEntries = LittleEndian.u16(raw, 17);
        long total16 = LittleEndian.u16(raw, 19);
        totalSectors = total16 != 0 ? total16 : LittleEndian.u32(raw, 32);
        long fat16 = LittleEndian.u16(raw, 22);
        fatSectors = fat16 != 0 ? fat16 : LittleEndian.u32(raw, 36);
        if (bytesPerSector != 512 && bytesPerSector != 1024 && bytesPerSector != 2048 && bytesPerSector != 4096) {
            throw FsException.corrupt("not a FAT file system: " + bytesPerSector + " bytes per sector");
        }
        if (sectorsPerCluster == 0 || (sectorsPerCluster & (sectorsPerCluster - 1)) != 0) {
            throw FsException.corrupt("FAT boot sector: " + sectorsPerCluster + " sectors per cluster (a power of two)");
        }
        if (reservedSectors == 0 || fatCount == 0 || fatCount > 4 || fatSectors == 0) {
            throw FsException.corrupt("FAT boot sector: reserved sectors " + reservedSectors + ", " + fatCount
                    + " FATs of " + fatSectors + " sectors");
        }
        rootStart = reservedSectors + fatCount * fatSectors;
        rootSectors = ((long) rootEntries * 32 + bytesPerSector - 1) / bytesPerSector;
        dataStart = rootStart + rootSectors;
        if (totalSectors <= dataStart) {
            throw FsException.corrupt("FAT boot sector: " + totalSectors + " sectors leave no room for data (it starts at "
                    + dataStart + ")");
        }
        clusterCount = (totalSectors - dataStart) / sectorsPerCluster;
        type = FatType.forClusters(clusterCount);
        if (totalSectors * bytesPerSector > storeSize) {
            throw FsException.corrupt("image truncated: the FAT boot sector says " + totalSectors + " sectors of "
                    + bytesPerSector + " bytes but the image has " + storeSize + " bytes");
        }
        long needed = type == FatType.FAT12 ? (clusterCount + 2) * 3 / 2 + 1 : (clusterCount + 2) * (type.bits / 8);
        if (fatSectors * bytesPerSector < needed) {
            throw FsException.corrupt("FAT boot sector: a FAT of " + fatSectors + " sectors cannot hold " + clusterCount + " clusters");
        }
        if (type == FatType.FAT32) {
            if (rootEntries != 0 || LittleEndian.u16(raw, 42) != 0) {
                throw new FsException(FsError.UNSUPPORTED, "FAT32 version " + LittleEndian.u16(raw, 42)
                        + " with " + rootEntries + " root entries");
            }
            rootCluster = LittleEndian.u32(raw, 44) & 0x0FFFFFFFL;
            fsInfoSector = LittleEndian.u16(raw, 48);
            if (rootCluster < 2 || rootCluster >= clusterCount + 2) {
                throw FsException.corrupt("FAT32 root cluster " + rootCluster + " is outside 2.." + (clusterCount + 1));
            }
        } else {
            if (rootEntries == 0) {
                throw FsException.corrupt("FAT boot sector: a " + type + " file system with no root directory entries");
            }
            rootCluster = 0;
            fsInfoSector = 0;
        }
    }

    int clusterBytes() {
        return bytesPerSector * sectorsPerCluster;
    }

    long clusterOffset(long cluster) {
        return (dataStart + (cluster - 2) * sectorsPerCluster) * bytesPerSector;
    }
}
