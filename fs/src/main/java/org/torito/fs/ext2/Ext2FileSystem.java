package org.torito.fs.ext2;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.torito.fs.BlockStore;
import org.torito.fs.DirEntry;
import org.torito.fs.FileStat;
import org.torito.fs.FileSystem;
import org.torito.fs.FileType;
import org.torito.fs.FsError;
import org.torito.fs.FsException;
import org.torito.fs.FsPath;
import org.torito.fs.OpenFile;

/**
 * A mounted ext2 file system (revision 0 or 1, 1-4 KiB blocks, no journal replay). Every block
 * number read from the image is checked against the superblock before it is used, and every
 * loop is bounded by sizes from it, so a corrupt image fails with {@link FsException} (CORRUPT).
 */
public final class Ext2FileSystem implements FileSystem {
    static final long ROOT = 2;

    final BlockStore store;
    final Ext2Superblock superblock;
    final Ext2GroupDescriptors groups;
    final Ext2Allocator allocator;
    final Ext2BlockMap blockMap;
    final int blockSize;
    final boolean writable;
    private boolean closed;

    private Ext2FileSystem(BlockStore store, Ext2Superblock superblock, Ext2GroupDescriptors groups, boolean writable) {
        this.store = store;
        this.superblock = superblock;
        this.groups = groups;
        this.blockSize = superblock.blockSize();
        this.writable = writable;
        this.allocator = new Ext2Allocator(store, superblock, groups);
        this.blockMap = new Ext2BlockMap(this);
    }

    /** Reads and checks the superblock and group descriptors; a writable mount marks the file system not clean until {@link #close()}. */
    public static Ext2FileSystem mount(BlockStore store, boolean writable) throws IOException {
        long size = store.size();
        if (size < Ext2Superblock.OFFSET + Ext2Superblock.SIZE) {
            throw FsException.corrupt("not an ext2 file system: the image has only " + size + " bytes");
        }
        byte[] raw = new byte[Ext2Superblock.SIZE];
        store.read(Ext2Superblock.OFFSET, raw, 0, raw.length);
        Ext2Superblock sb = new Ext2Superblock(raw);
        sb.validate(size, writable);
        int count = sb.groupCount();
        int bs = sb.blockSize();
        int tableBlocks = Ext2GroupDescriptors.blocks(count, bs);
        long tableStart = sb.firstDataBlock() + 1;
        if (tableStart + tableBlocks > sb.blocksCount()) {
            throw FsException.corrupt("superblock: " + count + " group descriptors do not fit in " + sb.blocksCount() + " blocks");
        }
        byte[] table = new byte[tableBlocks * bs];
        store.read(tableStart * bs, table, 0, table.length);
        Ext2GroupDescriptors groups = new Ext2GroupDescriptors(table, count);
        groups.validate(sb);
        Ext2FileSystem fs = new Ext2FileSystem(store, sb, groups, writable);
        Ext2Inode root = fs.readInode(ROOT);
        if (!root.isDirectory()) {
            throw FsException.corrupt("root inode 2 is not a directory (mode 0" + Integer.toOctalString(root.mode()) + ")");
        }
        if (writable) {
            sb.state(sb.state() & ~Ext2Superblock.STATE_CLEAN);
            sb.mountCount(sb.mountCount() + 1);
            sb.mountTime(fs.now());
            fs.writeSuperblock();
            store.flush();
        }
        return fs;
    }

    long now() {
        return System.currentTimeMillis() / 1000;
    }

    // ---- blocks and inodes

    void checkBlock(long block, Ext2Inode owner, String what) throws FsException {
        if (block < superblock.firstDataBlock() || block >= superblock.blocksCount()) {
            throw FsException.corrupt("inode " + owner.number + ": " + what + " points at block " + block
                    + ", outside the file system (blocks " + superblock.firstDataBlock() + ".."
                    + (superblock.blocksCount() - 1) + ")");
        }
    }

    byte[] readBlock(long block) throws IOException {
        byte[] b = new byte[blockSize];
        store.read(block * blockSize, b, 0, blockSize);
        return b;
    }

    void readBlock(long block, byte[] b, int off) throws IOException {
        store.read(block * blockSize, b, off, blockSize);
    }

    void writeBlock(long block, byte[] b) throws IOException {
        writeBlock(block, b, 0);
    }

    void writeBlock(long block, byte[] b, int off) throws IOException {
        if (!writable) {
            throw new FsException(FsError.READ_ONLY, "the file system is mounted read-only");
        }
        if (block < superblock.firstDataBlock() || block >= superblock.blocksCount()) {
            throw FsException.corrupt("refusing to write block " + block + ": outside the file system");
        }
        store.write(block * blockSize, b, off, blockSize);
    }

    private long inodeBlock(long number) throws FsException {
        if (number < 1 || number > superblock.inodesCount()) {
            throw FsException.corrupt("inode " + number + " does not exist (1.." + superblock.inodesCount() + ")");
        }
        int g = (int) ((number - 1) / superblock.inodesPerGroup());
        long index = (number - 1) % superblock.inodesPerGroup();
        return groups.inodeTable(g) + index * superblock.inodeSize() / blockSize;
    }

    private int inodeOffset(long number) {
        return (int) ((number - 1) % superblock.inodesPerGroup() * superblock.inodeSize() % blockSize);
    }

    Ext2Inode readInode(long number) throws IOException {
        byte[] b = readBlock(inodeBlock(number));
        byte[] raw = new byte[superblock.inodeSize()];
        System.arraycopy(b, inodeOffset(number), raw, 0, raw.length);
        return new Ext2Inode(number, raw);
    }

    void writeInode(Ext2Inode inode) throws IOException {
        long block = inodeBlock(inode.number);
        byte[] b = readBlock(block);
        System.arraycopy(inode.raw, 0, b, inodeOffset(inode.number), inode.raw.length);
        writeBlock(block, b);
    }

    private int groupOfInode(long number) {
        return (int) ((number - 1) / superblock.inodesPerGroup());
    }

    private void writeSuperblock() throws IOException {
        superblock.writeTime(now());
        store.write(Ext2Superblock.OFFSET, superblock.raw, 0, Ext2Superblock.SIZE);
    }

    // ---- paths

    private void checkOpen() throws FsException {
        if (closed) {
            throw new FsException(FsError.INVALID_ARGUMENT, "the file system is unmounted");
        }
    }

    private void checkWritable() throws FsException {
        checkOpen();
        if (!writable) {
            throw new FsException(FsError.READ_ONLY, "the file system is mounted read-only");
        }
    }

    static byte[] nameBytes(String name) throws FsException {
        byte[] b = name.getBytes(StandardCharsets.UTF_8);
        if (b.length > Ext2Directory.MAX_NAME) {
            throw new FsException(FsError.INVALID_ARGUMENT, "name longer than 255 bytes: " + name);
        }
        return b;
    }

    private Ext2Inode resolve(String path) throws IOException {
        checkOpen();
        String[] names = FsPath.split(path);
        Ext2Inode inode = readInode(ROOT);
        for (int i = 0; i < names.length; i++) {
            if (!inode.isDirectory()) {
                throw new FsException(FsError.NOT_DIRECTORY, FsPath.join(names, i) + " is not a directory");
            }
            long next = new Ext2Directory(this, inode).find(nameBytes(names[i]));
            if (next == 0) {
                throw new FsException(FsError.NOT_FOUND, "no such file or directory: " + FsPath.join(names, i + 1));
            }
            inode = readInode(next);
        }
        return inode;
    }

    /** The parent directory of {@code path} and the last name; {@link #lastName} holds it after the call. */
    private Ext2Inode resolveParent(String path) throws IOException {
        String[] names = FsPath.split(path);
        if (names.length == 0) {
            throw new FsException(FsError.INVALID_ARGUMENT, "the root directory cannot be " + "created, removed or renamed");
        }
        Ext2Inode parent = resolve(FsPath.join(names, names.length - 1));
        if (!parent.isDirectory()) {
            throw new FsException(FsError.NOT_DIRECTORY, FsPath.join(names, names.length - 1) + " is not a directory");
        }
        lastName = nameBytes(names[names.length - 1]);
        return parent;
    }

    private byte[] lastName;

    // ---- FileSystem

    @Override
    public FileStat stat(String path) throws IOException {
        Ext2Inode inode = resolve(path);
        return new FileStat(inode.type(), inode.size(), inode.mode() & 07777, inode.links(), inode.mtime(), inode.number);
    }

    @Override
    public DirEntry[] list(String path) throws IOException {
        Ext2Inode inode = resolve(path);
        if (!inode.isDirectory()) {
            throw new FsException(FsError.NOT_DIRECTORY, path + " is not a directory");
        }
        return new Ext2Directory(this, inode).list();
    }

    @Override
    public OpenFile open(String path, boolean write) throws IOException {
        if (write) {
            checkWritable();
        }
        return openInode(resolve(path), path, write);
    }

    private OpenFile openInode(Ext2Inode inode, String path, boolean write) throws FsException {
        if (inode.isDirectory()) {
            throw new FsException(FsError.IS_DIRECTORY, path + " is a directory");
        }
        if (!inode.isRegular()) {
            throw new FsException(FsError.INVALID_ARGUMENT, path + " is not a regular file");
        }
        return new Ext2File(this, inode.number, write);
    }

    @Override
    public OpenFile create(String path) throws IOException {
        checkWritable();
        Ext2Inode parent = resolveParent(path);
        Ext2Directory dir = new Ext2Directory(this, parent);
        long existing = dir.find(lastName);
        if (existing != 0) {
            Ext2Inode inode = readInode(existing);
            OpenFile file = openInode(inode, path, true);
            file.truncate(0);
            return file;
        }
        Ext2Inode inode = newInode(parent, Ext2Inode.S_IFREG | 0644);
        dir.add(lastName, inode.number, inode.directoryEntryType());
        return new Ext2File(this, inode.number, true);
    }

    private Ext2Inode newInode(Ext2Inode parent, int mode) throws IOException {
        boolean directory = (mode & Ext2Inode.S_IFMT) == Ext2Inode.S_IFDIR;
        long number = allocator.allocateInode(groupOfInode(parent.number), directory);
        Ext2Inode inode = new Ext2Inode(number, new byte[superblock.inodeSize()]);
        inode.init(mode, now());
        inode.links(1);
        writeInode(inode);
        return inode;
    }

    @Override
    public void mkdir(String path) throws IOException {
        checkWritable();
        Ext2Inode parent = resolveParent(path);
        Ext2Directory dir = new Ext2Directory(this, parent);
        if (dir.find(lastName) != 0) {
            throw new FsException(FsError.EXISTS, path + " already exists");
        }
        byte[] name = lastName;
        Ext2Inode inode = newInode(parent, Ext2Inode.S_IFDIR | 0755);
        long block = allocator.allocateBlock(groups.inodeTable(groupOfInode(inode.number)));
        writeBlock(block, dir.firstBlock(inode.number, parent.number));
        inode.block(0, block);
        inode.sectors(blockSize / 512);
        inode.size(blockSize);
        inode.links(2);
        writeInode(inode);
        dir.add(name, inode.number, 2);
        parent.links(parent.links() + 1);
        writeInode(parent);
    }

    @Override
    public void unlink(String path) throws IOException {
        checkWritable();
        Ext2Inode parent = resolveParent(path);
        Ext2Directory dir = new Ext2Directory(this, parent);
        long number = dir.find(lastName);
        if (number == 0) {
            throw new FsException(FsError.NOT_FOUND, "no such file: " + path);
        }
        Ext2Inode inode = readInode(number);
        if (inode.isDirectory()) {
            throw new FsException(FsError.IS_DIRECTORY, path + " is a directory (use rmdir)");
        }
        dir.removeFound();
        dropLink(inode);
    }

    @Override
    public void rmdir(String path) throws IOException {
        checkWritable();
        Ext2Inode parent = resolveParent(path);
        Ext2Directory dir = new Ext2Directory(this, parent);
        long number = dir.find(lastName);
        if (number == 0) {
            throw new FsException(FsError.NOT_FOUND, "no such directory: " + path);
        }
        Ext2Inode inode = readInode(number);
        if (!inode.isDirectory()) {
            throw new FsException(FsError.NOT_DIRECTORY, path + " is not a directory");
        }
        if (!new Ext2Directory(this, inode).isEmpty()) {
            throw new FsException(FsError.NOT_EMPTY, path + " is not empty");
        }
        dir.removeFound();
        removeDirectory(parent, inode);
    }

    private void removeDirectory(Ext2Inode parent, Ext2Inode inode) throws IOException {
        parent.links(Math.max(1, parent.links() - 1));
        writeInode(parent);
        inode.links(0);
        release(inode);
    }

    /** One name less for a non-directory; frees it with the last. */
    private void dropLink(Ext2Inode inode) throws IOException {
        int links = inode.links() - 1;
        inode.links(Math.max(links, 0));
        if (links > 0) {
            writeInode(inode);
        } else {
            release(inode);
        }
    }

    private void release(Ext2Inode inode) throws IOException {
        boolean directory = inode.isDirectory();
        if (!inode.isFastSymlink(blockSize)) {
            blockMap.truncate(inode, 0);
        }
        inode.size(0);
        // e2fsck reads a deletion time below the inode count as a link in the orphan list, and 0
        // as "not deleted"; a guest's clock starts at 0 at boot, so a time that small is raised.
        inode.deleted(Math.max(now(), superblock.inodesCount()));
        writeInode(inode);
        allocator.freeInode(inode.number, directory);
    }

    @Override
    public void rename(String from, String to) throws IOException {
        checkWritable();
        Ext2Inode fromParent = resolveParent(from);
        byte[] fromName = lastName;
        Ext2Inode toParent = resolveParent(to);
        byte[] toName = lastName;
        long number = new Ext2Directory(this, fromParent).find(fromName);
        if (number == 0) {
            throw new FsException(FsError.NOT_FOUND, "no such file or directory: " + from);
        }
        Ext2Inode inode = readInode(number);
        if (inode.isDirectory()) {
            checkNotInside(toParent, number, from, to);
        }
        Ext2Directory target = new Ext2Directory(this, toParent);
        long existing = target.find(toName);
        if (existing == number) {
            return;
        }
        if (existing != 0) {
            Ext2Inode old = readInode(existing);
            if (inode.isDirectory()) {
                if (!old.isDirectory()) {
                    throw new FsException(FsError.NOT_DIRECTORY, to + " is not a directory");
                }
                if (!new Ext2Directory(this, old).isEmpty()) {
                    throw new FsException(FsError.NOT_EMPTY, to + " is not empty");
                }
            } else if (old.isDirectory()) {
                throw new FsException(FsError.IS_DIRECTORY, to + " is a directory");
            }
            target.retargetFound(number, inode.directoryEntryType());
            if (old.isDirectory()) {
                removeDirectory(toParent, old);
            } else {
                dropLink(old);
            }
        } else {
            target.add(toName, number, inode.directoryEntryType());
        }
        boolean sameParent = fromParent.number == toParent.number;
        Ext2Inode source = sameParent ? toParent : readInode(fromParent.number);
        Ext2Directory origin = new Ext2Directory(this, source);
        if (origin.find(fromName) != number) {
            throw FsException.corrupt("rename " + from + ": its entry changed while renaming");
        }
        origin.removeFound();
        if (inode.isDirectory() && !sameParent) {
            Ext2Directory moved = new Ext2Directory(this, readInode(number));
            if (moved.find(new byte[] {'.', '.'}) == 0) {
                throw FsException.corrupt("directory inode " + number + " has no '..' entry");
            }
            moved.retargetFound(toParent.number, 2);
            source.links(Math.max(1, source.links() - 1));
            writeInode(source);
            Ext2Inode newParent = readInode(toParent.number);
            newParent.links(newParent.links() + 1);
            writeInode(newParent);
        }
    }

    /** A directory cannot move below itself; walks up by ".." at most once per inode. */
    private void checkNotInside(Ext2Inode toParent, long moving, String from, String to) throws IOException {
        long current = toParent.number;
        for (long steps = 0; current != ROOT; steps++) {
            if (current == moving) {
                throw new FsException(FsError.INVALID_ARGUMENT, "cannot move " + from + " into itself (" + to + ")");
            }
            if (steps > superblock.inodesCount()) {
                throw FsException.corrupt("directory loop: '..' from inode " + toParent.number + " never reaches the root");
            }
            long parent = new Ext2Directory(this, readInode(current)).find(new byte[] {'.', '.'});
            if (parent == 0) {
                throw FsException.corrupt("directory inode " + current + " has no '..' entry");
            }
            current = parent;
        }
        if (moving == ROOT) {
            throw new FsException(FsError.INVALID_ARGUMENT, "cannot move the root directory");
        }
    }

    @Override
    public void symlink(String target, String path) throws IOException {
        checkWritable();
        Ext2Inode parent = resolveParent(path);
        byte[] name = lastName;
        Ext2Directory dir = new Ext2Directory(this, parent);
        if (dir.find(name) != 0) {
            throw new FsException(FsError.EXISTS, path + " already exists");
        }
        byte[] bytes = target.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0 || bytes.length >= blockSize) {
            throw new FsException(FsError.INVALID_ARGUMENT, "symlink target must be 1.." + (blockSize - 1) + " bytes");
        }
        Ext2Inode inode = newInode(parent, Ext2Inode.S_IFLNK | 0777);
        if (bytes.length < Ext2Inode.FAST_SYMLINK_MAX) {
            System.arraycopy(bytes, 0, inode.raw, 40, bytes.length);
        } else {
            long block = allocator.allocateBlock(groups.inodeTable(groupOfInode(inode.number)));
            byte[] b = new byte[blockSize];
            System.arraycopy(bytes, 0, b, 0, bytes.length);
            writeBlock(block, b);
            inode.block(0, block);
            inode.sectors(blockSize / 512);
        }
        inode.size(bytes.length);
        writeInode(inode);
        dir.add(name, inode.number, 7);
    }

    @Override
    public String readlink(String path) throws IOException {
        Ext2Inode inode = resolve(path);
        if (!inode.isSymlink()) {
            throw new FsException(FsError.INVALID_ARGUMENT, path + " is not a symbolic link");
        }
        long size = inode.size();
        if (size >= blockSize) {
            throw FsException.corrupt("symlink inode " + inode.number + ": size " + size);
        }
        if (inode.isFastSymlink(blockSize)) {
            if (size >= Ext2Inode.FAST_SYMLINK_MAX) {
                throw FsException.corrupt("fast symlink inode " + inode.number + ": size " + size);
            }
            return new String(inode.raw, 40, (int) size, StandardCharsets.UTF_8);
        }
        long block = blockMap.map(inode, 0);
        if (block == 0) {
            throw FsException.corrupt("symlink inode " + inode.number + " has no data block");
        }
        return new String(readBlock(block), 0, (int) size, StandardCharsets.UTF_8);
    }

    @Override
    public long freeSpace() {
        return superblock.freeBlocks() * blockSize;
    }

    @Override
    public void flush() throws IOException {
        checkOpen();
        if (!writable) {
            return;
        }
        if (allocator.flush()) {
            long start = superblock.firstDataBlock() + 1;
            for (int i = 0; i * blockSize < groups.raw.length; i++) {
                store.write((start + i) * blockSize, groups.raw, i * blockSize, blockSize);
            }
        }
        writeSuperblock();
        store.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        if (writable) {
            flush();
            superblock.state(superblock.state() | Ext2Superblock.STATE_CLEAN);
            writeSuperblock();
            store.flush();
        }
        closed = true;
    }

    /** Records that the file system now has a file over 2 GiB (the large_file feature). */
    void needLargeFile() throws FsException {
        if ((superblock.roCompat() & Ext2Features.RO_COMPAT_LARGE_FILE) != 0) {
            return;
        }
        if (superblock.revision() == 0) {
            throw new FsException(FsError.NO_SPACE, "revision 0 ext2 cannot hold files of 2 GiB or more");
        }
        superblock.roCompat(superblock.roCompat() | Ext2Features.RO_COMPAT_LARGE_FILE);
    }
}
