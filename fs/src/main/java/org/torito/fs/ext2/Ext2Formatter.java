package org.torito.fs.ext2;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.torito.fs.BlockStore;
import org.torito.fs.FsError;
import org.torito.fs.FsException;
import org.torito.fs.LittleEndian;

/**
 * Makes an empty ext2 file system (like mke2fs -t ext2 without resize_inode and dir_index):
 * superblock and descriptor backups in groups 0, 1 and powers of 3, 5 and 7 (every group for
 * revision 0), a root directory and /lost+found.
 */
public final class Ext2Formatter {
    private int blockSize;
    private int inodeSize = 256;
    private int revision = 1;
    private long bytesPerInode = 4096;
    private String label = "";

    /** 1024, 2048 or 4096; 0 picks 4096 from 512 MiB up, else 1024. */
    public Ext2Formatter blockSize(int size) {
        this.blockSize = size;
        return this;
    }

    /** 128 or 256 (revision 1 only). */
    public Ext2Formatter inodeSize(int size) {
        this.inodeSize = size;
        return this;
    }

    /** 0 (fixed 128-byte inodes, no features) or 1. */
    public Ext2Formatter revision(int rev) {
        this.revision = rev;
        return this;
    }

    public Ext2Formatter bytesPerInode(long bytes) {
        this.bytesPerInode = bytes;
        return this;
    }

    public Ext2Formatter label(String name) {
        this.label = name;
        return this;
    }

    public void format(BlockStore store) throws IOException {
        long size = store.size();
        int bs = blockSize != 0 ? blockSize : size >= (512L << 20) ? 4096 : 1024;
        if (bs != 1024 && bs != 2048 && bs != 4096) {
            throw new FsException(FsError.INVALID_ARGUMENT, "ext2 block size " + bs + " (1024, 2048 or 4096)");
        }
        int isz = revision == 0 ? 128 : inodeSize;
        if (revision < 0 || revision > 1 || (isz != 128 && isz != 256)) {
            throw new FsException(FsError.INVALID_ARGUMENT, "ext2 revision " + revision + " with inode size " + isz);
        }
        long blocks = Math.min(size / bs, 0xFFFFFFFFL);
        long first = bs == 1024 ? 1 : 0;
        long perGroup = 8L * bs;
        int groups;
        long inodesPerGroup;
        long tableBlocks;
        int descriptorBlocks;
        while (true) {
            if (blocks - first < 64) {
                throw new FsException(FsError.NO_SPACE, "an ext2 image needs at least " + (64 + first) * bs
                        + " bytes; this one has " + size);
            }
            groups = (int) ((blocks - first + perGroup - 1) / perGroup);
            descriptorBlocks = Ext2GroupDescriptors.blocks(groups, bs);
            long wanted = Math.max(blocks * bs / bytesPerInode, 32);
            int perTableBlock = bs / isz;
            inodesPerGroup = (wanted + groups - 1) / groups;
            long unit = Math.max(8, perTableBlock);
            inodesPerGroup = (inodesPerGroup + unit - 1) / unit * unit;
            inodesPerGroup = Math.min(inodesPerGroup, perGroup);
            tableBlocks = inodesPerGroup * isz / bs;
            long last = blocks - first - (groups - 1) * perGroup;
            long overhead = (hasBackup(groups - 1) ? 1 + descriptorBlocks : 0) + 2 + tableBlocks;
            if (last >= overhead + 16) {
                break;
            }
            if (groups == 1) {
                throw new FsException(FsError.NO_SPACE, "the image is too small for an ext2 file system: " + size + " bytes");
            }
            blocks -= last; // the last group could not hold its own metadata: drop it, as mke2fs does
        }
        long inodes = inodesPerGroup * groups;
        if (inodes > 0xFFFFFFFFL) {
            inodes = 0xFFFFFFFFL / inodesPerGroup * inodesPerGroup;
        }

        Ext2Superblock sb = new Ext2Superblock(new byte[Ext2Superblock.SIZE]);
        Ext2GroupDescriptors table = new Ext2GroupDescriptors(new byte[descriptorBlocks * bs], groups);
        byte[] zeros = new byte[bs * 16];
        long now = System.currentTimeMillis() / 1000;
        long totalFree = 0;
        long rootBlock = 0;
        long reservedInodes = Ext2Superblock.GOOD_OLD_FIRST_INODE - 1;
        for (int g = 0; g < groups; g++) {
            long start = first + g * perGroup;
            long groupBlocks = Math.min(perGroup, blocks - start);
            long at = start + (hasBackup(g) ? 1 + descriptorBlocks : 0);
            long blockBitmap = at;
            long inodeBitmap = at + 1;
            long inodeTable = at + 2;
            long used = inodeTable + tableBlocks - start;
            if (g == 0) {
                rootBlock = start + used;
                used++;
            }
            byte[] bitmap = new byte[bs];
            for (long bit = 0; bit < 8L * bs; bit++) {
                if (bit < used || bit >= groupBlocks) {
                    Ext2Allocator.setBit(bitmap, bit, true);
                }
            }
            store.write(blockBitmap * bs, bitmap, 0, bs);
            byte[] inodeBits = new byte[bs];
            for (long bit = 0; bit < 8L * bs; bit++) {
                if (bit >= inodesPerGroup || g == 0 && bit < reservedInodes) {
                    Ext2Allocator.setBit(inodeBits, bit, true);
                }
            }
            store.write(inodeBitmap * bs, inodeBits, 0, bs);
            for (long b = 0; b < tableBlocks; b += zeros.length / bs) {
                int n = (int) Math.min(zeros.length / bs, tableBlocks - b);
                store.write((inodeTable + b) * bs, zeros, 0, n * bs);
            }
            int freeInodes = (int) (inodesPerGroup - (g == 0 ? reservedInodes : 0));
            table.set(g, blockBitmap, inodeBitmap, inodeTable, (int) (groupBlocks - used), freeInodes, g == 0 ? 1 : 0);
            totalFree += groupBlocks - used;
        }

        byte[] s = sb.raw;
        LittleEndian.put32(s, 0, inodes);
        LittleEndian.put32(s, 4, blocks);
        LittleEndian.put32(s, 8, blocks / 20);
        LittleEndian.put32(s, 12, totalFree);
        LittleEndian.put32(s, 16, inodes - reservedInodes);
        LittleEndian.put32(s, 20, first);
        LittleEndian.put32(s, 24, Integer.numberOfTrailingZeros(bs) - 10);
        LittleEndian.put32(s, 28, Integer.numberOfTrailingZeros(bs) - 10);
        LittleEndian.put32(s, 32, perGroup);
        LittleEndian.put32(s, 36, perGroup);
        LittleEndian.put32(s, 40, inodesPerGroup);
        LittleEndian.put32(s, 48, now);
        LittleEndian.put16(s, 54, 0xFFFF);
        LittleEndian.put16(s, 56, Ext2Superblock.MAGIC);
        LittleEndian.put16(s, 58, Ext2Superblock.STATE_CLEAN);
        LittleEndian.put16(s, 60, 1); // errors: continue
        LittleEndian.put32(s, 64, now);
        LittleEndian.put32(s, 76, revision);
        if (revision == 1) {
            LittleEndian.put32(s, 84, Ext2Superblock.GOOD_OLD_FIRST_INODE);
            LittleEndian.put16(s, 88, isz);
            LittleEndian.put32(s, 96, Ext2Features.INCOMPAT_FILETYPE);
            LittleEndian.put32(s, 100, Ext2Features.RO_COMPAT_SPARSE_SUPER | Ext2Features.RO_COMPAT_LARGE_FILE);
            Random random = new Random(System.nanoTime() ^ size);
            for (int i = 0; i < 16; i++) {
                s[104 + i] = (byte) random.nextInt(256);
            }
            s[104 + 6] = (byte) (s[104 + 6] & 0x0F | 0x40); // a version 4 UUID
            s[104 + 8] = (byte) (s[104 + 8] & 0x3F | 0x80);
            byte[] name = label.getBytes(StandardCharsets.UTF_8);
            System.arraycopy(name, 0, s, 120, Math.min(16, name.length));
            LittleEndian.put32(s, 264, now); // s_mkfs_time
            if (isz > 128) {
                LittleEndian.put16(s, 348, 32); // s_min_extra_isize
                LittleEndian.put16(s, 350, 32); // s_want_extra_isize
            }
        }

        // Root: inode 2, one block with "." and "..".
        Ext2Inode root = new Ext2Inode(Ext2FileSystem.ROOT, new byte[isz]);
        root.init(Ext2Inode.S_IFDIR | 0755, now);
        root.links(2);
        root.size(bs);
        root.sectors(bs / 512);
        root.block(0, rootBlock);
        byte[] rootInodeBlock = new byte[bs];
        System.arraycopy(root.raw, 0, rootInodeBlock, isz, isz);
        store.write(table.inodeTable(0) * bs, rootInodeBlock, 0, bs);
        byte[] dir = new byte[bs];
        boolean fileType = revision == 1;
        writeEntry(dir, 0, 12, Ext2FileSystem.ROOT, ".", fileType);
        writeEntry(dir, 12, bs - 12, Ext2FileSystem.ROOT, "..", fileType);
        store.write(rootBlock * bs, dir, 0, bs);

        for (int g = 0; g < groups; g++) {
            if (!hasBackup(g)) {
                continue;
            }
            long start = first + g * perGroup;
            LittleEndian.put16(s, 90, revision == 1 ? g : 0);
            byte[] block = new byte[bs];
            if (g == 0 && bs > 1024) {
                store.read(0, block, 0, bs); // keep a boot sector
                System.arraycopy(s, 0, block, 1024, Ext2Superblock.SIZE);
                store.write(0, block, 0, bs);
            } else if (g == 0) {
                store.write(1024, s, 0, Ext2Superblock.SIZE);
            } else {
                System.arraycopy(s, 0, block, 0, Ext2Superblock.SIZE);
                store.write(start * bs, block, 0, bs);
            }
            store.write((start + 1) * bs, table.raw, 0, table.raw.length);
        }
        LittleEndian.put16(s, 90, 0);
        store.flush();

        Ext2FileSystem fs = Ext2FileSystem.mount(store, true);
        fs.mkdir("/lost+found");
        fs.close();
    }

    private static void writeEntry(byte[] b, int off, int rec, long inode, String name, boolean fileType) {
        LittleEndian.put32(b, off, inode);
        LittleEndian.put16(b, off + 4, rec);
        if (fileType) {
            LittleEndian.put8(b, off + 6, name.length());
            LittleEndian.put8(b, off + 7, 2);
        } else {
            LittleEndian.put16(b, off + 6, name.length());
        }
        for (int i = 0; i < name.length(); i++) {
            b[off + 8 + i] = (byte) name.charAt(i);
        }
    }

    /** Sparse superblocks: groups 0, 1 and powers of 3, 5, 7 carry a copy; revision 0 copies everywhere. */
    private boolean hasBackup(int group) {
        if (revision == 0 || group <= 1) {
            return true;
        }
        return isPower(group, 3) || isPower(group, 5) || isPower(group, 7);
    }

    private static boolean isPower(int n, int base) {
        long p = base;
        while (p < n) {
            p *= base;
        }
        return p == n;
    }
}
