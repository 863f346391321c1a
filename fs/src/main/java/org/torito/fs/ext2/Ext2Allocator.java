package org.torito.fs.ext2;

import org.torito.fs.BlockStore;
import org.torito.fs.FsError;
import org.torito.fs.FsException;

import java.io.IOException;

/**
 * Block and inode allocation through the groups' bitmaps. Bitmaps are read on first use and
 * written back by {@link #flush()}; the free counts live in the superblock and descriptors.
 */
final class Ext2Allocator {
    private final BlockStore store;
    private final Ext2Superblock sb;
    private final Ext2GroupDescriptors groups;
    private final int blockSize;
    private final byte[][] blockBitmaps;
    private final byte[][] inodeBitmaps;
    private final boolean[] blockDirty;
    private final boolean[] inodeDirty;
    private boolean descriptorsDirty;

    Ext2Allocator(BlockStore store, Ext2Superblock sb, Ext2GroupDescriptors groups) {
        this.store = store;
        this.sb = sb;
        this.groups = groups;
        this.blockSize = sb.blockSize();
        int n = groups.count();
        blockBitmaps = new byte[n][];
        inodeBitmaps = new byte[n][];
        blockDirty = new boolean[n];
        inodeDirty = new boolean[n];
    }

    /** Blocks in group {@code g}; the last group may be short. */
    long groupBlocks(int g) {
        long rest = sb.blocksCount() - sb.firstDataBlock() - g * sb.blocksPerGroup();
        return Math.min(rest, sb.blocksPerGroup());
    }

    int groupOf(long block) {
        return (int) ((block - sb.firstDataBlock()) / sb.blocksPerGroup());
    }

    long allocateBlock(long goal) throws IOException {
        if (sb.freeBlocks() == 0) {
            throw new FsException(FsError.NO_SPACE, "no free blocks left");
        }
        if (goal < sb.firstDataBlock() || goal >= sb.blocksCount()) {
            goal = sb.firstDataBlock();
        }
        int first = groupOf(goal);
        int count = groups.count();
        for (int k = 0; k < count; k++) {
            int g = (first + k) % count;
            if (groups.freeBlocks(g) == 0) {
                continue;
            }
            byte[] bitmap = blockBitmap(g);
            long limit = groupBlocks(g);
            long start = k == 0 ? (goal - sb.firstDataBlock()) % sb.blocksPerGroup() : 0;
            long bit = findClear(bitmap, start, limit);
            if (bit < 0) {
                bit = findClear(bitmap, 0, start);
            }
            if (bit < 0) {
                throw FsException.corrupt("group " + g + ": the descriptor counts " + groups.freeBlocks(g)
                        + " free blocks but the block bitmap has none");
            }
            setBit(bitmap, bit, true);
            blockDirty[g] = true;
            groups.freeBlocks(g, groups.freeBlocks(g) - 1);
            sb.freeBlocks(sb.freeBlocks() - 1);
            descriptorsDirty = true;
            return sb.firstDataBlock() + g * sb.blocksPerGroup() + bit;
        }
        throw new FsException(FsError.NO_SPACE, "no free blocks left (the superblock counts " + sb.freeBlocks() + ")");
    }

    void freeBlock(long block) throws IOException {
        int g = groupOf(block);
        long bit = (block - sb.firstDataBlock()) % sb.blocksPerGroup();
        byte[] bitmap = blockBitmap(g);
        if (!bit(bitmap, bit)) {
            throw FsException.corrupt("block " + block + " is freed twice: its bitmap bit is already clear (a block shared by two files?)");
        }
        setBit(bitmap, bit, false);
        blockDirty[g] = true;
        groups.freeBlocks(g, groups.freeBlocks(g) + 1);
        sb.freeBlocks(sb.freeBlocks() + 1);
        descriptorsDirty = true;
    }

    long allocateInode(int goalGroup, boolean directory) throws IOException {
        if (sb.freeInodes() == 0) {
            throw new FsException(FsError.NO_SPACE, "no free inodes left");
        }
        int count = groups.count();
        for (int k = 0; k < count; k++) {
            int g = (goalGroup + k) % count;
            if (groups.freeInodes(g) == 0) {
                continue;
            }
            byte[] bitmap = inodeBitmap(g);
            long perGroup = sb.inodesPerGroup();
            long bit = findClear(bitmap, 0, perGroup);
            while (bit >= 0 && g * perGroup + bit + 1 < sb.firstInode()) {
                bit = findClear(bitmap, bit + 1, perGroup); // reserved inodes are never handed out
            }
            long number = g * perGroup + bit + 1;
            if (bit < 0 || number > sb.inodesCount()) {
                throw FsException.corrupt("group " + g + ": the descriptor counts " + groups.freeInodes(g)
                        + " free inodes but the inode bitmap has none");
            }
            setBit(bitmap, bit, true);
            inodeDirty[g] = true;
            groups.freeInodes(g, groups.freeInodes(g) - 1);
            if (directory) {
                groups.usedDirs(g, groups.usedDirs(g) + 1);
            }
            sb.freeInodes(sb.freeInodes() - 1);
            descriptorsDirty = true;
            return number;
        }
        throw new FsException(FsError.NO_SPACE, "no free inodes left (the superblock counts " + sb.freeInodes() + ")");
    }

    void freeInode(long number, boolean directory) throws IOException {
        int g = (int) ((number - 1) / sb.inodesPerGroup());
        long bit = (number - 1) % sb.inodesPerGroup();
        byte[] bitmap = inodeBitmap(g);
        if (!bit(bitmap, bit)) {
            throw FsException.corrupt("inode " + number + " is freed twice: its bitmap bit is already clear");
        }
        setBit(bitmap, bit, false);
        inodeDirty[g] = true;
        groups.freeInodes(g, groups.freeInodes(g) + 1);
        if (directory && groups.usedDirs(g) > 0) {
            groups.usedDirs(g, groups.usedDirs(g) - 1);
        }
        sb.freeInodes(sb.freeInodes() + 1);
        descriptorsDirty = true;
    }

    void usedDirsChanged() {
        descriptorsDirty = true;
    }

    /** Writes dirty bitmaps; returns whether the descriptors changed since the last call. */
    boolean flush() throws IOException {
        for (int g = 0; g < groups.count(); g++) {
            if (blockDirty[g]) {
                store.write(groups.blockBitmap(g) * blockSize, blockBitmaps[g], 0, blockSize);
                blockDirty[g] = false;
            }
            if (inodeDirty[g]) {
                store.write(groups.inodeBitmap(g) * blockSize, inodeBitmaps[g], 0, blockSize);
                inodeDirty[g] = false;
            }
        }
        boolean changed = descriptorsDirty;
        descriptorsDirty = false;
        return changed;
    }

    private byte[] blockBitmap(int g) throws IOException {
        if (blockBitmaps[g] == null) {
            blockBitmaps[g] = read(groups.blockBitmap(g));
        }
        return blockBitmaps[g];
    }

    private byte[] inodeBitmap(int g) throws IOException {
        if (inodeBitmaps[g] == null) {
            inodeBitmaps[g] = read(groups.inodeBitmap(g));
        }
        return inodeBitmaps[g];
    }

    private byte[] read(long block) throws IOException {
        byte[] b = new byte[blockSize];
        store.read(block * blockSize, b, 0, blockSize);
        return b;
    }

    static boolean bit(byte[] bitmap, long bit) {
        return (bitmap[(int) (bit >>> 3)] & (1 << (bit & 7))) != 0;
    }

    static void setBit(byte[] bitmap, long bit, boolean value) {
        int i = (int) (bit >>> 3);
        if (value) {
            bitmap[i] |= (byte) (1 << (bit & 7));
        } else {
            bitmap[i] &= (byte) ~(1 << (bit & 7));
        }
    }

    /** The first clear bit in [from, to), or -1. */
    static long findClear(byte[] bitmap, long from, long to) {
        long bit = from;
        while (bit < to) {
            if ((bit & 7) == 0 && bit + 8 <= to && bitmap[(int) (bit >>> 3)] == (byte) 0xFF) {
                bit += 8;
                continue;
            }
            if (!bit(bitmap, bit)) {
                return bit;
            }
            bit++;
        }
        return -1;
    }
}
