package org.torito.fs.ext2;

import org.torito.fs.FsError;
import org.torito.fs.FsException;
import org.torito.fs.LittleEndian;

/** The 1024-byte superblock at byte 1024: the geometry everything else is checked against. */
final class Ext2Superblock {
    static final int OFFSET = 1024;
    static final int SIZE = 1024;
    static final int MAGIC = 0xEF53;
    static final int STATE_CLEAN = 1;
    static final int STATE_ERRORS = 2;
    static final int GOOD_OLD_INODE_SIZE = 128;
    static final int GOOD_OLD_FIRST_INODE = 11;

    final byte[] raw;

    Ext2Superblock(byte[] raw) {
        this.raw = raw;
    }

    long inodesCount() { return LittleEndian.u32(raw, 0); }
    long blocksCount() { return LittleEndian.u32(raw, 4); }
    long reservedBlocks() { return LittleEndian.u32(raw, 8); }
    long freeBlocks() { return LittleEndian.u32(raw, 12); }
    void freeBlocks(long n) { LittleEndian.put32(raw, 12, n); }
    long freeInodes() { return LittleEndian.u32(raw, 16); }
    void freeInodes(long n) { LittleEndian.put32(raw, 16, n); }
    long firstDataBlock() { return LittleEndian.u32(raw, 20); }
    int logBlockSize() { return LittleEndian.s32(raw, 24); }
    long blocksPerGroup() { return LittleEndian.u32(raw, 32); }
    long inodesPerGroup() { return LittleEndian.u32(raw, 40); }
    void mountTime(long t) { LittleEndian.put32(raw, 44, t); }
    void writeTime(long t) { LittleEndian.put32(raw, 48, t); }
    int mountCount() { return LittleEndian.u16(raw, 52); }
    void mountCount(int n) { LittleEndian.put16(raw, 52, n); }
    int magic() { return LittleEndian.u16(raw, 56); }
    int state() { return LittleEndian.u16(raw, 58); }
    void state(int s) { LittleEndian.put16(raw, 58, s); }
    long revision() { return LittleEndian.u32(raw, 76); }
    int compat() { return revision() == 0 ? 0 : LittleEndian.s32(raw, 92); }
    int incompat() { return revision() == 0 ? 0 : LittleEndian.s32(raw, 96); }
    int roCompat() { return revision() == 0 ? 0 : LittleEndian.s32(raw, 100); }
    void roCompat(int bits) { LittleEndian.put32(raw, 100, bits); }

    long firstInode() {
        return revision() == 0 ? GOOD_OLD_FIRST_INODE : LittleEndian.u32(raw, 84);
    }

    int inodeSize() {
        return revision() == 0 ? GOOD_OLD_INODE_SIZE : LittleEndian.u16(raw, 88);
    }

    int blockSize() {
        return 1024 << logBlockSize();
    }

    boolean hasFileType() {
        return (incompat() & Ext2Features.INCOMPAT_FILETYPE) != 0;
    }

    int groupCount() {
        return (int) ((blocksCount() - firstDataBlock() + blocksPerGroup() - 1) / blocksPerGroup());
    }

    /** Checks every field the rest of the code trusts; {@code storeSize} is the image size in bytes. */
    void validate(long storeSize, boolean writable) throws FsException {
        if (magic() != MAGIC) {
            throw FsException.corrupt("not an ext2 file system: magic at byte 1080 is 0x" + Integer.toHexString(magic())
                    + ", expected 0xef53");
        }
        if (revision() > 1) {
            throw new FsException(FsError.UNSUPPORTED, "ext2 revision " + revision() + " is not supported (0 or 1)");
        }
        int unknown = incompat() & ~Ext2Features.INCOMPAT_SUPPORTED;
        if (unknown != 0) {
            throw new FsException(FsError.UNSUPPORTED, "unsupported ext2 incompatible features: "
                    + Ext2Features.incompatNames(unknown) + " (only filetype is supported; is this ext3/ext4?)");
        }
        int roUnknown = roCompat() & ~Ext2Features.RO_COMPAT_SUPPORTED;
        if (writable && roUnknown != 0) {
            throw new FsException(FsError.READ_ONLY, "cannot write: unsupported ext2 read-only-compatible features: "
                    + Ext2Features.roCompatNames(roUnknown) + " (mount read-only)");
        }
        if (logBlockSize() < 0 || logBlockSize() > 2) {
            throw FsException.corrupt("superblock: unsupported block size 1024 << " + logBlockSize() + " (1, 2 or 4 KiB)");
        }
        long expectedFirst = blockSize() == 1024 ? 1 : 0;
        if (firstDataBlock() != expectedFirst) {
            throw FsException.corrupt("superblock: first data block " + firstDataBlock() + ", expected " + expectedFirst
                    + " for " + blockSize() + "-byte blocks");
        }
        if (blocksCount() <= firstDataBlock() + 1) {
            throw FsException.corrupt("superblock: block count " + blocksCount() + " is too small");
        }
        long bits = 8L * blockSize();
        if (blocksPerGroup() == 0 || blocksPerGroup() > bits) {
            throw FsException.corrupt("superblock: " + blocksPerGroup() + " blocks per group (1.." + bits + ")");
        }
        if (inodesPerGroup() == 0 || inodesPerGroup() > bits) {
            throw FsException.corrupt("superblock: " + inodesPerGroup() + " inodes per group (1.." + bits + ")");
        }
        int size = inodeSize();
        if (size < GOOD_OLD_INODE_SIZE || size > blockSize() || (size & (size - 1)) != 0) {
            throw FsException.corrupt("superblock: inode size " + size + " (a power of two, 128.." + blockSize() + ")");
        }
        if (inodesCount() > (long) groupCount() * inodesPerGroup() || inodesCount() < firstInode()) {
            throw FsException.corrupt("superblock: inode count " + inodesCount() + " does not fit " + groupCount()
                    + " groups of " + inodesPerGroup());
        }
        if (firstInode() < 3) {
            throw FsException.corrupt("superblock: first non-reserved inode " + firstInode());
        }
        long needed = blocksCount() * blockSize();
        if (needed > storeSize) {
            throw FsException.corrupt("image truncated: the superblock says " + blocksCount() + " blocks of "
                    + blockSize() + " bytes (" + needed + " bytes) but the image has " + storeSize + " bytes");
        }
        if (freeBlocks() > blocksCount() || freeInodes() > inodesCount()) {
            throw FsException.corrupt("superblock: free counts (" + freeBlocks() + " blocks, " + freeInodes()
                    + " inodes) exceed the totals");
        }
    }
}
