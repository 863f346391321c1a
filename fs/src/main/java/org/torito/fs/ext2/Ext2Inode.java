package org.torito.fs.ext2;

import org.torito.fs.FileType;
import org.torito.fs.LittleEndian;

/** One inode's bytes (128 or more), read from and written back to the inode table. */
final class Ext2Inode {
    static final int S_IFMT = 0xF000;
    static final int S_IFREG = 0x8000;
    static final int S_IFDIR = 0x4000;
    static final int S_IFLNK = 0xA000;
    static final int DIRECT_BLOCKS = 12;
    static final int INDIRECT = 12;
    static final int DOUBLE_INDIRECT = 13;
    static final int TRIPLE_INDIRECT = 14;
    /** A symlink target shorter than this lives in i_block itself ("fast" symlink). */
    static final int FAST_SYMLINK_MAX = 60;
    static final int FLAG_INDEX = 0x1000;

    final long number;
    final byte[] raw;

    Ext2Inode(long number, byte[] raw) {
        this.number = number;
        this.raw = raw;
    }

    int mode() { return LittleEndian.u16(raw, 0); }
    void mode(int m) { LittleEndian.put16(raw, 0, m); }
    int links() { return LittleEndian.u16(raw, 26); }
    void links(int n) { LittleEndian.put16(raw, 26, n); }
    long sectors() { return LittleEndian.u32(raw, 28); }
    void sectors(long n) { LittleEndian.put32(raw, 28, n); }
    int flags() { return LittleEndian.s32(raw, 32); }
    void flags(int f) { LittleEndian.put32(raw, 32, f); }
    long block(int i) { return LittleEndian.u32(raw, 40 + 4 * i); }
    void block(int i, long b) { LittleEndian.put32(raw, 40 + 4 * i, b); }
    long fileAcl() { return LittleEndian.u32(raw, 104); }
    long mtime() { return LittleEndian.u32(raw, 16); }

    boolean isDirectory() { return (mode() & S_IFMT) == S_IFDIR; }
    boolean isRegular() { return (mode() & S_IFMT) == S_IFREG; }
    boolean isSymlink() { return (mode() & S_IFMT) == S_IFLNK; }

    /** A fast symlink keeps its target in i_block: those bytes are not block numbers. */
    boolean isFastSymlink(int blockSize) {
        long attributeSectors = fileAcl() != 0 ? blockSize / 512 : 0;
        return isSymlink() && sectors() == attributeSectors;
    }

    /** Regular files keep the high 32 bits in i_size_high (i_dir_acl for directories). */
    long size() {
        long low = LittleEndian.u32(raw, 4);
        return isRegular() ? low | LittleEndian.u32(raw, 108) << 32 : low;
    }

    void size(long size) {
        LittleEndian.put32(raw, 4, size);
        if (isRegular()) {
            LittleEndian.put32(raw, 108, size >>> 32);
        }
    }

    void times(long now) {
        LittleEndian.put32(raw, 8, now);
        LittleEndian.put32(raw, 12, now);
        LittleEndian.put32(raw, 16, now);
    }

    void modified(long now) {
        LittleEndian.put32(raw, 12, now);
        LittleEndian.put32(raw, 16, now);
    }

    void deleted(long now) {
        LittleEndian.put32(raw, 20, now);
    }

    /** A fresh inode: zeroed, then mode, times and (for large inodes) the extra-size field mke2fs uses. */
    void init(int mode, long now) {
        for (int i = 0; i < raw.length; i++) {
            raw[i] = 0;
        }
        mode(mode);
        times(now);
        if (raw.length > 128) {
            LittleEndian.put16(raw, 128, 32);
            LittleEndian.put32(raw, 144, now); // i_crtime
        }
    }

    FileType type() {
        switch (mode() & S_IFMT) {
            case S_IFREG:
                return FileType.REGULAR;
            case S_IFDIR:
                return FileType.DIRECTORY;
            case S_IFLNK:
                return FileType.SYMLINK;
            default:
                return FileType.OTHER;
        }
    }

    /** The directory entry type byte (filetype feature) for this inode. */
    int directoryEntryType() {
        switch (mode() & S_IFMT) {
            case S_IFREG: return 1;
            case S_IFDIR: return 2;
            case 0x2000: return 3;
            case 0x6000: return 4;
            case 0x1000: return 5;
            case 0xC000: return 6;
            case S_IFLNK: return 7;
            default: return 0;
        }
    }
}
