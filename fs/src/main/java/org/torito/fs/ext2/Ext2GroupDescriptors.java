package org.torito.fs.ext2;

import org.torito.fs.FsException;
import org.torito.fs.LittleEndian;

/** The group descriptor table (32 bytes a group) in the blocks after the primary superblock. */
final class Ext2GroupDescriptors {
    static final int SIZE = 32;

    final byte[] raw;
    private final int groups;

    Ext2GroupDescriptors(byte[] raw, int groups) {
        this.raw = raw;
        this.groups = groups;
    }

    /** Blocks the table takes for {@code groups} groups. */
    static int blocks(int groups, int blockSize) {
        return (groups * SIZE + blockSize - 1) / blockSize;
    }

    int count() { return groups; }
    long blockBitmap(int g) { return LittleEndian.u32(raw, g * SIZE); }
    long inodeBitmap(int g) { return LittleEndian.u32(raw, g * SIZE + 4); }
    long inodeTable(int g) { return LittleEndian.u32(raw, g * SIZE + 8); }
    int freeBlocks(int g) { return LittleEndian.u16(raw, g * SIZE + 12); }
    void freeBlocks(int g, int n) { LittleEndian.put16(raw, g * SIZE + 12, n); }
    int freeInodes(int g) { return LittleEndian.u16(raw, g * SIZE + 14); }
    void freeInodes(int g, int n) { LittleEndian.put16(raw, g * SIZE + 14, n); }
    int usedDirs(int g) { return LittleEndian.u16(raw, g * SIZE + 16); }
    void usedDirs(int g, int n) { LittleEndian.put16(raw, g * SIZE + 16, n); }

    void set(int g, long blockBitmap, long inodeBitmap, long inodeTable, int freeBlocks, int freeInodes, int dirs) {
        LittleEndian.put32(raw, g * SIZE, blockBitmap);
        LittleEndian.put32(raw, g * SIZE + 4, inodeBitmap);
        LittleEndian.put32(raw, g * SIZE + 8, inodeTable);
        freeBlocks(g, freeBlocks);
        freeInodes(g, freeInodes);
        usedDirs(g, dirs);
    }

    /** Every bitmap and inode table must lie inside the file system. */
    void validate(Ext2Superblock sb) throws FsException {
        long tableBlocks = (sb.inodesPerGroup() * sb.inodeSize() + sb.blockSize() - 1) / sb.blockSize();
        for (int g = 0; g < groups; g++) {
            check(sb, g, "block bitmap", blockBitmap(g), 1);
            check(sb, g, "inode bitmap", inodeBitmap(g), 1);
            check(sb, g, "inode table", inodeTable(g), tableBlocks);
            if (freeInodes(g) > sb.inodesPerGroup() || freeBlocks(g) > sb.blocksPerGroup()) {
                throw FsException.corrupt("group " + g + ": free counts " + freeBlocks(g) + " blocks, " + freeInodes(g)
                        + " inodes exceed the group size");
            }
        }
    }

    private static void check(Ext2Superblock sb, int g, String what, long block, long length) throws FsException {
        if (block < sb.firstDataBlock() || block + length > sb.blocksCount()) {
            throw FsException.corrupt("group " + g + ": " + what + " at block " + block + " is outside the file system (blocks "
                    + sb.firstDataBlock() + ".." + (sb.blocksCount() - 1) + ")");
        }
    }
}
