package org.torito.fs.ext2;

import java.io.IOException;
import org.torito.fs.FsError;
import org.torito.fs.FsException;
import org.torito.fs.OpenFile;

/** An open regular file. It re-reads its inode on every call, so it sees renames and other handles' writes. */
final class Ext2File implements OpenFile {
    private static final long SMALL_FILE_LIMIT = 0x7FFFFFFFL;

    private final Ext2FileSystem fs;
    private final long number;
    private final boolean writable;
    private boolean closed;

    Ext2File(Ext2FileSystem fs, long number, boolean writable) {
        this.fs = fs;
        this.number = number;
        this.writable = writable;
    }

    private Ext2Inode inode() throws IOException {
        if (closed) {
            throw new FsException(FsError.INVALID_ARGUMENT, "inode " + number + ": the file is closed");
        }
        Ext2Inode inode = fs.readInode(number);
        if (inode.links() == 0 || !inode.isRegular()) {
            throw new FsException(FsError.NOT_FOUND, "inode " + number + ": the file was deleted");
        }
        return inode;
    }

    private void checkWritable() throws FsException {
        if (!writable) {
            throw new FsException(FsError.READ_ONLY, "inode " + number + ": the file is open read-only");
        }
    }

    @Override
    public long size() throws IOException {
        return inode().size();
    }

    @Override
    public int read(long position, byte[] buffer, int offset, int length) throws IOException {
        Ext2Inode inode = inode();
        long size = inode.size();
        if (position < 0 || length < 0) {
            throw new FsException(FsError.INVALID_ARGUMENT, "read at " + position + " of " + length + " bytes");
        }
        if (position >= size) {
            return length == 0 ? 0 : -1;
        }
        int total = (int) Math.min(length, size - position);
        int bs = fs.blockSize;
        byte[] block = null;
        int done = 0;
        while (done < total) {
            long p = position + done;
            long logical = p / bs;
            int inBlock = (int) (p % bs);
            int n = Math.min(bs - inBlock, total - done);
            long physical = fs.blockMap.map(inode, logical);
            if (physical == 0) {
                for (int i = 0; i < n; i++) {
                    buffer[offset + done + i] = 0;
                }
            } else if (n == bs) {
                fs.readBlock(physical, buffer, offset + done);
            } else {
                if (block == null) {
                    block = new byte[bs];
                }
                fs.readBlock(physical, block, 0);
                System.arraycopy(block, inBlock, buffer, offset + done, n);
            }
            done += n;
        }
        return total;
    }

    @Override
    public void write(long position, byte[] buffer, int offset, int length) throws IOException {
        checkWritable();
        Ext2Inode inode = inode();
        if (position < 0 || length < 0) {
            throw new FsException(FsError.INVALID_ARGUMENT, "write at " + position + " of " + length + " bytes");
        }
        long end = position + length;
        int bs = fs.blockSize;
        if ((end + bs - 1) / bs > fs.blockMap.maxBlocks()) {
            throw new FsException(FsError.NO_SPACE, "inode " + number + ": " + end + " bytes is past the largest ext2 file");
        }
        if (end > SMALL_FILE_LIMIT) {
            fs.needLargeFile();
        }
        byte[] block = new byte[bs];
        long goal = 0;
        int done = 0;
        try {
            while (done < length) {
                long p = position + done;
                long logical = p / bs;
                int inBlock = (int) (p % bs);
                int n = Math.min(bs - inBlock, length - done);
                long physical = fs.blockMap.map(inode, logical);
                if (physical == 0) {
                    if (goal == 0 && logical > 0) {
                        long before = fs.blockMap.map(inode, logical - 1);
                        goal = before == 0 ? 0 : before + 1;
                    }
                    physical = fs.blockMap.allocate(inode, logical, goal);
                    if (n < bs) {
                        for (int i = 0; i < bs; i++) {
                            block[i] = 0;
                        }
                    }
                } else if (n < bs) {
                    fs.readBlock(physical, block, 0);
                }
                if (n == bs) {
                    fs.writeBlock(physical, buffer, offset + done);
                } else {
                    System.arraycopy(buffer, offset + done, block, inBlock, n);
                    fs.writeBlock(physical, block);
                }
                goal = physical + 1;
                done += n;
            }
        } finally {
            // Whatever was written, even before running out of space, is recorded.
            if (position + done > inode.size()) {
                inode.size(position + done);
            }
            inode.modified(fs.now());
            fs.writeInode(inode);
        }
    }

    @Override
    public void truncate(long size) throws IOException {
        checkWritable();
        Ext2Inode inode = inode();
        if (size < 0) {
            throw new FsException(FsError.INVALID_ARGUMENT, "negative size " + size);
        }
        int bs = fs.blockSize;
        if ((size + bs - 1) / bs > fs.blockMap.maxBlocks()) {
            throw new FsException(FsError.NO_SPACE, "inode " + number + ": " + size + " bytes is past the largest ext2 file");
        }
        if (size > SMALL_FILE_LIMIT) {
            fs.needLargeFile();
        }
        if (size < inode.size()) {
            fs.blockMap.truncate(inode, (size + bs - 1) / bs);
            int tail = (int) (size % bs);
            if (tail != 0) {
                // The cut block's tail must read as zeros if the file grows again.
                long physical = fs.blockMap.map(inode, size / bs);
                if (physical != 0) {
                    byte[] block = fs.readBlock(physical);
                    for (int i = tail; i < bs; i++) {
                        block[i] = 0;
                    }
                    fs.writeBlock(physical, block);
                }
            }
        }
        inode.size(size);
        inode.modified(fs.now());
        fs.writeInode(inode);
    }

    @Override
    public void close() {
        closed = true;
    }
}
