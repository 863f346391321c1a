package org.torito.fs.fat;

import java.io.IOException;
import java.util.ArrayList;
import org.torito.fs.BlockStore;
import org.torito.fs.DirEntry;
import org.torito.fs.FileStat;
import org.torito.fs.FileSystem;
import org.torito.fs.FileType;
import org.torito.fs.FsError;
import org.torito.fs.FsException;
import org.torito.fs.FsPath;
import org.torito.fs.LittleEndian;
import org.torito.fs.OpenFile;

/**
 * A mounted FAT12/16/32 file system with VFAT long names. Names match case-insensitively.
 * There are no symbolic links, hard links or permissions (read-only files report 0444).
 * Open files follow their entry through {@link #rename}; {@link #unlink} invalidates them.
 */
public final class FatFileSystem implements FileSystem {
    final BlockStore store;
    final FatBootSector boot;
    final FatTable table;
    final boolean writable;
    private final ArrayList<FatFile> open = new ArrayList<FatFile>();
    private boolean closed;

    private FatFileSystem(BlockStore store, FatBootSector boot, FatTable table, boolean writable) {
        this.store = store;
        this.boot = boot;
        this.table = table;
        this.writable = writable;
    }

    public static FatFileSystem mount(BlockStore store, boolean writable) throws IOException {
        long size = store.size();
        if (size < 512) {
            throw FsException.corrupt("not a FAT file system: the image has only " + size + " bytes");
        }
        byte[] sector = new byte[512];
        store.read(0, sector, 0, 512);
        FatBootSector boot = new FatBootSector(sector, size);
        return new FatFileSystem(store, boot, new FatTable(store, boot), writable);
    }

    public FatType type() {
        return boot.type;
    }

    long now() {
        return System.currentTimeMillis() / 1000;
    }

    void zeroCluster(long cluster) throws IOException {
        store.write(boot.clusterOffset(cluster), new byte[boot.clusterBytes()], 0, boot.clusterBytes());
    }

    private long rootFirst() {
        return boot.type == FatType.FAT32 ? boot.rootCluster : 0;
    }

    private FatEntry rootEntry() {
        FatEntry e = new FatEntry();
        e.root = true;
        e.name = "/";
        e.attributes = FatEntry.ATTR_DIRECTORY;
        e.cluster = rootFirst();
        return e;
    }

    /** A directory entry's cluster as a directory to load: 0 in ".." or an entry means the root. */
    private long directoryStart(FatEntry dir) throws FsException {
        if (dir.root) {
            return rootFirst();
        }
        if (dir.cluster == 0) {
            throw FsException.corrupt("directory " + dir.name + " has no cluster");
        }
        table.check(dir.cluster, "directory " + dir.name);
        return dir.cluster;
    }

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

    private FatEntry resolve(String path) throws IOException {
        checkOpen();
        String[] names = FsPath.split(path);
        FatEntry current = rootEntry();
        for (int i = 0; i < names.length; i++) {
            if (!current.isDirectory()) {
                throw new FsException(FsError.NOT_DIRECTORY, FsPath.join(names, i) + " is not a directory");
            }
            FatEntry next = FatDirectory.load(this, directoryStart(current)).find(names[i]);
            if (next == null) {
                throw new FsException(FsError.NOT_FOUND, "no such file or directory: " + FsPath.join(names, i + 1));
            }
            current = next;
        }
        return current;
    }

    private String lastName;

    private FatDirectory parentOf(String path) throws IOException {
        String[] names = FsPath.split(path);
        if (names.length == 0) {
            throw new FsException(FsError.INVALID_ARGUMENT, "the root directory cannot be created, removed or renamed");
        }
        FatEntry parent = resolve(FsPath.join(names, names.length - 1));
        if (!parent.isDirectory()) {
            throw new FsException(FsError.NOT_DIRECTORY, FsPath.join(names, names.length - 1) + " is not a directory");
        }
        lastName = names[names.length - 1];
        return FatDirectory.load(this, directoryStart(parent));
    }

    @Override
    public FileStat stat(String path) throws IOException {
        FatEntry e = resolve(path);
        int permissions = e.isDirectory() ? 0755 : 0644;
        if ((e.attributes & FatEntry.ATTR_READ_ONLY) != 0) {
            permissions &= 0555;
        }
        return new FileStat(e.isDirectory() ? FileType.DIRECTORY : FileType.REGULAR, e.size, permissions, 1,
                e.modified, e.root ? rootFirst() : e.cluster);
    }

    @Override
    public DirEntry[] list(String path) throws IOException {
        FatEntry e = resolve(path);
        if (!e.isDirectory()) {
            throw new FsException(FsError.NOT_DIRECTORY, path + " is not a directory");
        }
        ArrayList<FatEntry> entries = FatDirectory.load(this, directoryStart(e)).entries();
        DirEntry[] result = new DirEntry[entries.size()];
        for (int i = 0; i < result.length; i++) {
            FatEntry x = entries.get(i);
            result[i] = new DirEntry(x.name, x.isDirectory() ? FileType.DIRECTORY : FileType.REGULAR);
        }
        return result;
    }

    @Override
    public OpenFile open(String path, boolean write) throws IOException {
        if (write) {
            checkWritable();
        }
        FatEntry e = resolve(path);
        if (e.isDirectory()) {
            throw new FsException(FsError.IS_DIRECTORY, path + " is a directory");
        }
        return track(new FatFile(this, e, write));
    }

    private FatFile track(FatFile f) {
        open.add(f);
        return f;
    }

    void closed(FatFile f) {
        open.remove(f);
    }

    @Override
    public OpenFile create(String path) throws IOException {
        checkWritable();
        FatDirectory dir = parentOf(path);
        FatEntry existing = dir.find(lastName);
        if (existing != null) {
            if (existing.isDirectory()) {
                throw new FsException(FsError.IS_DIRECTORY, path + " is a directory");
            }
            FatFile f = track(new FatFile(this, existing, true));
            f.truncate(0);
            return f;
        }
        FatEntry e = new FatEntry();
        e.name = lastName;
        e.attributes = FatEntry.ATTR_ARCHIVE;
        e.modified = now();
        dir.add(e);
        return track(new FatFile(this, e, true));
    }

    @Override
    public void mkdir(String path) throws IOException {
        checkWritable();
        FatDirectory dir = parentOf(path);
        if (dir.find(lastName) != null) {
            throw new FsException(FsError.EXISTS, path + " already exists");
        }
        LongNames.checkName(lastName);
        long cluster = table.allocate(0);
        long parent = dir.first() == rootFirst() ? 0 : dir.first();
        store.write(boot.clusterOffset(cluster), FatDirectory.firstCluster(boot.clusterBytes(), cluster, parent, now()),
                0, boot.clusterBytes());
        FatEntry e = new FatEntry();
        e.name = lastName;
        e.attributes = FatEntry.ATTR_DIRECTORY;
        e.cluster = cluster;
        e.modified = now();
        try {
            dir.add(e);
        } catch (IOException failed) {
            table.freeChain(cluster, path);
            throw failed;
        }
    }

    @Override
    public void unlink(String path) throws IOException {
        checkWritable();
        FatDirectory dir = parentOf(path);
        FatEntry e = dir.find(lastName);
        if (e == null) {
            throw new FsException(FsError.NOT_FOUND, "no such file: " + path);
        }
        if (e.isDirectory()) {
            throw new FsException(FsError.IS_DIRECTORY, path + " is a directory (use rmdir)");
        }
        removeFile(dir, e);
    }

    private void removeFile(FatDirectory dir, FatEntry e) throws IOException {
        if (e.cluster != 0) {
            table.freeChain(e.cluster, e.name);
        }
        dir.remove(e);
        for (int i = 0; i < open.size(); i++) {
            open.get(i).deletedIf(e);
        }
    }

    @Override
    public void rmdir(String path) throws IOException {
        checkWritable();
        FatDirectory dir = parentOf(path);
        FatEntry e = dir.find(lastName);
        if (e == null) {
            throw new FsException(FsError.NOT_FOUND, "no such directory: " + path);
        }
        if (!e.isDirectory()) {
            throw new FsException(FsError.NOT_DIRECTORY, path + " is not a directory");
        }
        if (!FatDirectory.load(this, directoryStart(e)).isEmpty()) {
            throw new FsException(FsError.NOT_EMPTY, path + " is not empty");
        }
        table.freeChain(e.cluster, path);
        dir.remove(e);
    }

    @Override
    public void rename(String from, String to) throws IOException {
        checkWritable();
        FatDirectory source = parentOf(from);
        String fromName = lastName;
        FatDirectory target = parentOf(to);
        String toName = lastName;
        boolean sameDir = source.first() == target.first();
        if (sameDir) {
            target = source;
        }
        FatEntry e = source.find(fromName);
        if (e == null) {
            throw new FsException(FsError.NOT_FOUND, "no such file or directory: " + from);
        }
        if (e.isDirectory()) {
            checkNotInside(target.first(), e.cluster, from, to);
        }
        FatEntry existing = target.find(toName);
        boolean self = existing != null && sameDir && existing.shortIndex == e.shortIndex;
        if (self && existing.name.equals(toName)) {
            return;
        }
        if (existing != null && !self) {
            if (e.isDirectory()) {
                if (!existing.isDirectory()) {
                    throw new FsException(FsError.NOT_DIRECTORY, to + " is not a directory");
                }
                if (!FatDirectory.load(this, directoryStart(existing)).isEmpty()) {
                    throw new FsException(FsError.NOT_EMPTY, to + " is not empty");
                }
                table.freeChain(existing.cluster, to);
                target.remove(existing);
            } else {
                if (existing.isDirectory()) {
                    throw new FsException(FsError.IS_DIRECTORY, to + " is a directory");
                }
                removeFile(target, existing);
            }
        }
        LongNames.checkName(toName);
        source.remove(e);
        FatEntry moved = new FatEntry();
        moved.name = toName;
        moved.attributes = e.attributes;
        moved.cluster = e.cluster;
        moved.size = e.size;
        moved.modified = e.modified;
        target.add(moved);
        if (e.isDirectory() && !sameDir) {
            FatDirectory.load(this, e.cluster).setParent(target.first() == rootFirst() ? 0 : target.first());
        }
        for (int i = 0; i < open.size(); i++) {
            open.get(i).movedIf(e, moved);
        }
    }

    /** Walks up by ".." from {@code targetDir}: a directory cannot move below itself. */
    private void checkNotInside(long targetDir, long moving, String from, String to) throws IOException {
        long current = targetDir;
        for (long steps = 0; current != rootFirst(); steps++) {
            if (current == moving) {
                throw new FsException(FsError.INVALID_ARGUMENT, "cannot move " + from + " into itself (" + to + ")");
            }
            if (steps > table.clusters()) {
                throw FsException.corrupt("directory loop: '..' from cluster " + targetDir + " never reaches the root");
            }
            long parent = FatDirectory.load(this, current).parent();
            if (parent < 0) {
                throw FsException.corrupt("directory at cluster " + current + " has no '..' entry");
            }
            current = parent == 0 ? rootFirst() : parent;
            if (current != rootFirst()) {
                table.check(current, "'..' of the directory at cluster " + current);
            }
        }
    }

    @Override
    public void symlink(String target, String path) throws FsException {
        throw new FsException(FsError.UNSUPPORTED, "FAT has no symbolic links: " + path);
    }

    @Override
    public String readlink(String path) throws IOException {
        resolve(path);
        throw new FsException(FsError.INVALID_ARGUMENT, path + " is not a symbolic link");
    }

    @Override
    public long freeSpace() {
        return table.free() * boot.clusterBytes();
    }

    @Override
    public void flush() throws IOException {
        checkOpen();
        if (!writable) {
            return;
        }
        table.flush();
        writeFsInfo();
        store.flush();
    }

    /** FAT32 keeps a free-cluster count in the FSInfo sector; fsck checks it. */
    private void writeFsInfo() throws IOException {
        if (boot.type != FatType.FAT32 || boot.fsInfoSector == 0 || boot.fsInfoSector >= boot.reservedSectors) {
            return;
        }
        int bps = boot.bytesPerSector;
        byte[] s = new byte[bps];
        store.read((long) boot.fsInfoSector * bps, s, 0, bps);
        if (LittleEndian.s32(s, 0) != 0x41615252 || LittleEndian.s32(s, 484) != 0x61417272) {
            return;
        }
        LittleEndian.put32(s, 488, table.free());
        store.write((long) boot.fsInfoSector * bps, s, 0, bps);
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        flush();
        closed = true;
    }
}
