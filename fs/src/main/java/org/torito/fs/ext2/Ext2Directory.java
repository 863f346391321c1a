package org.torito.fs.ext2;

import org.torito.fs.FsException;
import org.torito.fs.LittleEndian;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.torito.fs.DirEntry;
import org.torito.fs.FileType;

/**
 * A directory's entries: in each block a linked list of {inode, rec_len, name_len, type, name},
 * the last one reaching the block's end. An entry with inode 0 is unused space.
 */
final class Ext2Directory {
    static final int HEADER = 8;
    static final int MAX_NAME = 255;

    private final Ext2FileSystem fs;
    private final Ext2Inode dir;
    private final int blockSize;
    private final boolean fileType;

    /** Where the last {@link #find} found its entry. */
    private long foundBlock;
    private byte[] foundData;
    private int foundOffset;
    private int foundPrevious;

    Ext2Directory(Ext2FileSystem fs, Ext2Inode dir) {
        this.fs = fs;
        this.dir = dir;
        this.blockSize = fs.blockSize;
        this.fileType = fs.superblock.hasFileType();
    }

    static int recordLength(int nameLength) {
        return (HEADER + nameLength + 3) & ~3;
    }

    long blockCount() throws FsException {
        long size = dir.size();
        if (size % blockSize != 0) {
            throw FsException.corrupt("directory inode " + dir.number + ": size " + size + " is not a multiple of the block size");
        }
        return size / blockSize;
    }

    byte[] block(long logical) throws IOException {
        long physical = fs.blockMap.map(dir, logical);
        if (physical == 0) {
            throw FsException.corrupt("directory inode " + dir.number + " has a hole at block " + logical);
        }
        return fs.readBlock(physical);
    }

    int nameLength(byte[] b, int off) {
        return fileType ? LittleEndian.u8(b, off + 6) : LittleEndian.u16(b, off + 6);
    }

    static long inode(byte[] b, int off) {
        return LittleEndian.u32(b, off);
    }

    static int recLen(byte[] b, int off) {
        return LittleEndian.u16(b, off + 4);
    }

    int type(byte[] b, int off) {
        return fileType ? LittleEndian.u8(b, off + 7) : 0;
    }

    /** Checks the entry at {@code off} so walking the list always moves forward inside the block. */
    void check(byte[] b, int off, long logical) throws FsException {
        int rec = off + HEADER <= blockSize ? recLen(b, off) : 0;
        if (rec < HEADER || (rec & 3) != 0 || off + rec > blockSize
                || (inode(b, off) != 0 && HEADER + nameLength(b, off) > rec)) {
            throw FsException.corrupt("directory inode " + dir.number + ", block " + logical + ", offset " + off
                    + ": bad entry (rec_len " + rec + ")");
        }
        if (inode(b, off) > fs.superblock.inodesCount()) {
            throw FsException.corrupt("directory inode " + dir.number + ", block " + logical + ", offset " + off
                    + ": inode " + inode(b, off) + " is past the last inode " + fs.superblock.inodesCount());
        }
    }

    /** The inode named {@code name}, or 0. */
    long find(byte[] name) throws IOException {
        long blocks = blockCount();
        for (long l = 0; l < blocks; l++) {
            byte[] b = block(l);
            int previous = -1;
            for (int off = 0; off < blockSize; off += recLen(b, off)) {
                check(b, off, l);
                long ino = inode(b, off);
                if (ino != 0 && nameEquals(b, off, name)) {
                    foundBlock = l;
                    foundData = b;
                    foundOffset = off;
                    foundPrevious = previous;
                    return ino;
                }
                previous = off;
            }
        }
        return 0;
    }

    /** The type byte of the entry {@link #find} returned. */
    int foundType() {
        return type(foundData, foundOffset);
    }

    private boolean nameEquals(byte[] b, int off, byte[] name) {
        if (nameLength(b, off) != name.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (b[off + HEADER + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** Adds an entry; {@code name} must not be present. May grow the directory by a block. */
    void add(byte[] name, long inode, int type) throws IOException {
        int needed = recordLength(name.length);
        long blocks = blockCount();
        for (long l = 0; l < blocks; l++) {
            byte[] b = block(l);
            for (int off = 0; off < blockSize; off += recLen(b, off)) {
                check(b, off, l);
                int rec = recLen(b, off);
                int used = inode(b, off) == 0 ? 0 : recordLength(nameLength(b, off));
                if (rec - used >= needed) {
                    int at = off;
                    if (used > 0) {
                        LittleEndian.put16(b, off + 4, used);
                        at = off + used;
                    }
                    write(b, at, rec - used, name, inode, type);
                    fs.writeBlock(fs.blockMap.map(dir, l), b);
                    touched();
                    return;
                }
            }
        }
        long physical = fs.blockMap.allocate(dir, blocks, blocks == 0 ? 0 : fs.blockMap.map(dir, blocks - 1) + 1);
        byte[] b = new byte[blockSize];
        write(b, 0, blockSize, name, inode, type);
        fs.writeBlock(physical, b);
        dir.size((blocks + 1) * blockSize);
        touched();
    }

    /** Removes the entry the last {@link #find} returned. */
    void removeFound() throws IOException {
        byte[] b = foundData;
        if (foundPrevious >= 0) {
            LittleEndian.put16(b, foundPrevious + 4, recLen(b, foundPrevious) + recLen(b, foundOffset));
        } else {
            LittleEndian.put32(b, foundOffset, 0);
        }
        fs.writeBlock(fs.blockMap.map(dir, foundBlock), b);
        touched();
    }

    /** Points the entry the last {@link #find} returned at another inode. */
    void retargetFound(long inode, int type) throws IOException {
        LittleEndian.put32(foundData, foundOffset, inode);
        if (fileType) {
            LittleEndian.put8(foundData, foundOffset + 7, type);
        }
        fs.writeBlock(fs.blockMap.map(dir, foundBlock), foundData);
        touched();
    }

    /** Every name but "." and "..", in on-disk order. */
    DirEntry[] list() throws IOException {
        ArrayList<DirEntry> entries = new ArrayList<DirEntry>();
        long blocks = blockCount();
        for (long l = 0; l < blocks; l++) {
            byte[] b = block(l);
            for (int off = 0; off < blockSize; off += recLen(b, off)) {
                check(b, off, l);
                if (inode(b, off) != 0 && !isDot(b, off)) {
                    String name = new String(b, off + HEADER, nameLength(b, off), StandardCharsets.UTF_8);
                    entries.add(new DirEntry(name, typeOf(b, off)));
                }
            }
        }
        return entries.toArray(new DirEntry[0]);
    }

    private FileType typeOf(byte[] b, int off) throws IOException {
        switch (type(b, off)) {
            case 1: return FileType.REGULAR;
            case 2: return FileType.DIRECTORY;
            case 7: return FileType.SYMLINK;
            case 0: return fs.readInode(inode(b, off)).type();
            default: return FileType.OTHER;
        }
    }

    /** Only "." and ".." are left. */
    boolean isEmpty() throws IOException {
        long blocks = blockCount();
        for (long l = 0; l < blocks; l++) {
            byte[] b = block(l);
            for (int off = 0; off < blockSize; off += recLen(b, off)) {
                check(b, off, l);
                if (inode(b, off) != 0 && !isDot(b, off)) {
                    return false;
                }
            }
        }
        return true;
    }

    boolean isDot(byte[] b, int off) {
        int n = nameLength(b, off);
        return b[off + HEADER] == '.' && (n == 1 || n == 2 && b[off + HEADER + 1] == '.');
    }

    /** The first block of a new directory: "." and "..". */
    byte[] firstBlock(long self, long parent) {
        byte[] b = new byte[blockSize];
        write(b, 0, 12, new byte[] {'.'}, self, 2);
        write(b, 12, blockSize - 12, new byte[] {'.', '.'}, parent, 2);
        return b;
    }

    private void write(byte[] b, int off, int rec, byte[] name, long inode, int type) {
        LittleEndian.put32(b, off, inode);
        LittleEndian.put16(b, off + 4, rec);
        if (fileType) {
            LittleEndian.put8(b, off + 6, name.length);
            LittleEndian.put8(b, off + 7, type);
        } else {
            LittleEndian.put16(b, off + 6, name.length);
        }
        System.arraycopy(name, 0, b, off + HEADER, name.length);
    }

    /** A linear change invalidates an htree index: drop the flag so readers scan linearly. */
    private void touched() throws IOException {
        dir.flags(dir.flags() & ~Ext2Inode.FLAG_INDEX);
        dir.modified(fs.now());
        fs.writeInode(dir);
    }
}
