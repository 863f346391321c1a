package org.torito.fs.ext2;

import org.torito.fs.FsError;
import org.torito.fs.FsException;
import org.torito.fs.LittleEndian;

import java.io.IOException;

/**
 * A file's logical blocks to disk blocks: 12 direct pointers in the inode, then one indirect,
 * one double and one triple indirect block. A zero pointer is a hole, read as zeros.
 */
final class Ext2BlockMap {
    private final Ext2FileSystem fs;
    private final int blockSize;
    private final int perBlock;

    Ext2BlockMap(Ext2FileSystem fs) {
        this.fs = fs;
        this.blockSize = fs.blockSize;
        this.perBlock = blockSize / 4;
    }

    /** Logical blocks a file can have with this block size. */
    long maxBlocks() {
        long p = perBlock;
        return Ext2Inode.DIRECT_BLOCKS + p + p * p + p * p * p;
    }

    /** The disk block holding logical block {@code logical}, or 0 for a hole. */
    long map(Ext2Inode inode, long logical) throws IOException {
        int[] path = path(inode, logical);
        long ptr = inode.block(path[0]);
        for (int level = 1; level < path.length; level++) {
            if (ptr == 0) {
                return 0;
            }
            fs.checkBlock(ptr, inode, "indirect block");
            byte[] b = fs.readBlock(ptr);
            ptr = LittleEndian.u32(b, path[level] * 4);
        }
        if (ptr != 0) {
            fs.checkBlock(ptr, inode, "data block " + logical);
        }
        return ptr;
    }

    /**
     * Allocates logical block {@code logical} (a hole) near {@code goal} and returns it; missing
     * indirect blocks are allocated zeroed. The new data block's content is the caller's to write.
     */
    long allocate(Ext2Inode inode, long logical, long goal) throws IOException {
        int[] path = path(inode, logical);
        long ptr = inode.block(path[0]);
        if (ptr == 0) {
            ptr = newBlock(inode, goal, path.length > 1);
            inode.block(path[0], ptr);
        }
        for (int level = 1; level < path.length; level++) {
            fs.checkBlock(ptr, inode, "indirect block");
            byte[] b = fs.readBlock(ptr);
            long next = LittleEndian.u32(b, path[level] * 4);
            if (next == 0) {
                next = newBlock(inode, ptr + 1, level < path.length - 1);
                LittleEndian.put32(b, path[level] * 4, next);
                fs.writeBlock(ptr, b);
            }
            ptr = next;
        }
        return ptr;
    }

    private long newBlock(Ext2Inode inode, long goal, boolean zero) throws IOException {
        long block = fs.allocator.allocateBlock(goal);
        inode.sectors(inode.sectors() + blockSize / 512);
        if (zero) {
            fs.writeBlock(block, new byte[blockSize]);
        }
        return block;
    }

    /** Frees every block from logical block {@code keep} on, and indirect blocks left empty. */
    void truncate(Ext2Inode inode, long keep) throws IOException {
        for (int i = (int) Math.min(keep, Ext2Inode.DIRECT_BLOCKS); i < Ext2Inode.DIRECT_BLOCKS; i++) {
            if (inode.block(i) != 0) {
                free(inode, inode.block(i), "data block " + i);
                inode.block(i, 0);
            }
        }
        long base = Ext2Inode.DIRECT_BLOCKS;
        long span = perBlock;
        for (int depth = 1; depth <= 3; depth++) {
            int slot = Ext2Inode.DIRECT_BLOCKS - 1 + depth;
            long ptr = inode.block(slot);
            if (ptr != 0 && keep < base + span) {
                if (keep <= base) {
                    freeTree(inode, ptr, depth);
                    inode.block(slot, 0);
                } else if (truncateTree(inode, ptr, depth, base, keep)) {
                    free(inode, ptr, "indirect block");
                    inode.block(slot, 0);
                }
            }
            base += span;
            span *= perBlock;
        }
    }

    /** Frees entries covering logical blocks >= keep under {@code ptr}; true when none is left. */
    private boolean truncateTree(Ext2Inode inode, long ptr, int depth, long base, long keep) throws IOException {
        fs.checkBlock(ptr, inode, "indirect block");
        byte[] b = fs.readBlock(ptr);
        long span = 1;
        for (int i = 1; i < depth; i++) {
            span *= perBlock;
        }
        boolean changed = false;
        boolean empty = true;
        for (int i = 0; i < perBlock; i++) {
            long entry = LittleEndian.u32(b, i * 4);
            if (entry == 0) {
                continue;
            }
            long first = base + i * span;
            boolean drop;
            if (first + span <= keep) {
                drop = false;
            } else if (depth == 1) {
                free(inode, entry, "data block " + first);
                drop = true;
            } else if (first >= keep) {
                freeTree(inode, entry, depth - 1);
                drop = true;
            } else if (truncateTree(inode, entry, depth - 1, first, keep)) {
                free(inode, entry, "indirect block");
                drop = true;
            } else {
                drop = false;
            }
            if (drop) {
                LittleEndian.put32(b, i * 4, 0);
                changed = true;
            } else {
                empty = false;
            }
        }
        if (changed && !empty) {
            fs.writeBlock(ptr, b);
        }
        return empty;
    }

    private void freeTree(Ext2Inode inode, long ptr, int depth) throws IOException {
        fs.checkBlock(ptr, inode, "indirect block");
        byte[] b = fs.readBlock(ptr);
        for (int i = 0; i < perBlock; i++) {
            long entry = LittleEndian.u32(b, i * 4);
            if (entry == 0) {
                continue;
            }
            if (depth == 1) {
                free(inode, entry, "data block");
            } else {
                freeTree(inode, entry, depth - 1);
            }
        }
        free(inode, ptr, "indirect block");
    }

    private void free(Ext2Inode inode, long block, String what) throws IOException {
        fs.checkBlock(block, inode, what);
        fs.allocator.freeBlock(block);
        long sectors = inode.sectors() - blockSize / 512;
        inode.sectors(sectors < 0 ? 0 : sectors);
    }

    /** [slot in i_block, index in each indirect level...] for a logical block. */
    private int[] path(Ext2Inode inode, long logical) throws FsException {
        if (logical < 0) {
            throw new FsException(FsError.INVALID_ARGUMENT, "negative block " + logical);
        }
        if (logical < Ext2Inode.DIRECT_BLOCKS) {
            return new int[] {(int) logical};
        }
        long p = perBlock;
        long l = logical - Ext2Inode.DIRECT_BLOCKS;
        if (l < p) {
            return new int[] {Ext2Inode.INDIRECT, (int) l};
        }
        l -= p;
        if (l < p * p) {
            return new int[] {Ext2Inode.DOUBLE_INDIRECT, (int) (l / p), (int) (l % p)};
        }
        l -= p * p;
        if (l < p * p * p) {
            return new int[] {Ext2Inode.TRIPLE_INDIRECT, (int) (l / (p * p)), (int) (l / p % p), (int) (l % p)};
        }
        throw new FsException(FsError.NO_SPACE, "inode " + inode.number + ": block " + logical
                + " is past the largest ext2 file for " + blockSize + "-byte blocks");
    }
}
