package org.torito.guest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;

import org.torito.fs.BlockCache;
import org.torito.fs.DirEntry;
import org.torito.fs.FileStat;
import org.torito.fs.FileSystem;
import org.torito.fs.FileType;
import org.torito.fs.FsError;
import org.torito.fs.FsException;
import org.torito.fs.OpenFile;

/**
 * A mounted file system of a VM disk ({@link FileSystems#mount}), with the calls of
 * {@code java.nio.file.Files} on '/'-separated absolute paths. Failures are
 * {@link FsException}s (IOExceptions) whose {@link FsException#error()} says why.
 *
 * <p>Everything goes through this core's {@link BlockCache}: writes are on the disk after
 * {@link #flush()} or {@link #unmount()}, which also happens when the program calls
 * System.exit or main returns. The methods are synchronized: the threads of one core take
 * turns (a disk read suspends the caller, and the file system code is not re-entrant). A disk
 * must be mounted on one core only.
 */
public final class Volume {
    private final int disk;
    private final String kind;
    private final FileSystem fs;
    private final BlockCache cache;
    private final boolean writable;
    private final ArrayList<Object> streams = new ArrayList<Object>();
    private boolean mounted = true;

    Volume(int disk, String kind, FileSystem fs, BlockCache cache, boolean writable) {
        this.disk = disk;
        this.kind = kind;
        this.fs = fs;
        this.cache = cache;
        this.writable = writable;
    }

    /** The disk's index among the VM's disks. */
    public int disk() {
        return disk;
    }

    /** "ext2" or "fat". */
    public String kind() {
        return kind;
    }

    public boolean writable() {
        return writable;
    }

    public boolean mounted() {
        return mounted;
    }

    /** This volume's block cache (its hit and request counters). */
    public BlockCache cache() {
        return cache;
    }

    /**
     * The file system itself (org.torito.fs), for what this class does not wrap (symlinks,
     * truncate, TreeWalker). Its calls are not synchronized: use it from one thread at a time.
     */
    public FileSystem fileSystem() {
        return fs;
    }

    private void check() throws FsException {
        if (!mounted) {
            throw new FsException(FsError.INVALID_ARGUMENT, "disk " + disk + " is not mounted any more");
        }
    }

    // ---- queries

    public synchronized FileStat stat(String path) throws IOException {
        check();
        return fs.stat(path);
    }

    public synchronized boolean exists(String path) throws IOException {
        check();
        try {
            fs.stat(path);
            return true;
        } catch (FsException e) {
            if (e.error() == FsError.NOT_FOUND || e.error() == FsError.NOT_DIRECTORY) {
                return false;
            }
            throw e;
        }
    }

    public synchronized boolean isDirectory(String path) throws IOException {
        return exists(path) && fs.stat(path).type == FileType.DIRECTORY;
    }

    public synchronized boolean isRegularFile(String path) throws IOException {
        return exists(path) && fs.stat(path).type == FileType.REGULAR;
    }

    public synchronized long size(String path) throws IOException {
        check();
        return fs.stat(path).size;
    }

    /** The names in directory {@code path}, sorted, without "." and "..". */
    public synchronized String[] list(String path) throws IOException {
        check();
        DirEntry[] entries = fs.list(path);
        String[] names = new String[entries.length];
        for (int i = 0; i < entries.length; i++) {
            names[i] = entries[i].name;
        }
        Arrays.sort(names);
        return names;
    }

    /** The entries of directory {@code path} (name and type), in the directory's order. */
    public synchronized DirEntry[] entries(String path) throws IOException {
        check();
        return fs.list(path);
    }

    public synchronized long freeSpace() throws IOException {
        check();
        return fs.freeSpace();
    }

    // ---- whole files

    public synchronized byte[] readAllBytes(String path) throws IOException {
        check();
        OpenFile f = fs.open(path, false);
        try {
            long size = f.size();
            if (size > Integer.MAX_VALUE - 8) {
                throw new FsException(FsError.INVALID_ARGUMENT, path + ": " + size + " bytes do not fit in an array");
            }
            byte[] bytes = new byte[(int) size];
            int at = 0;
            while (at < bytes.length) {
                int n = f.read(at, bytes, at, bytes.length - at);
                if (n < 0) {
                    throw FsException.corrupt(path + ": ended at " + at + " of " + size + " bytes");
                }
                at += n;
            }
            return bytes;
        } finally {
            f.close();
        }
    }

    /** The file as UTF-8 text. */
    public String readString(String path) throws IOException {
        return new String(readAllBytes(path), StandardCharsets.UTF_8);
    }

    /** Creates or replaces {@code path} with {@code bytes}. */
    public synchronized void write(String path, byte[] bytes) throws IOException {
        check();
        OpenFile f = fs.create(path);
        try {
            f.write(0, bytes, 0, bytes.length);
        } finally {
            f.close();
        }
    }

    public void writeString(String path, String text) throws IOException {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds {@code bytes} at the end of {@code path}, creating it if missing. */
    public void append(String path, byte[] bytes) throws IOException {
        append(path, bytes, 0, bytes.length);
    }

    public synchronized void append(String path, byte[] bytes, int offset, int length) throws IOException {
        check();
        OpenFile f = openForAppend(path);
        try {
            f.write(f.size(), bytes, offset, length);
        } finally {
            f.close();
        }
    }

    private OpenFile openForAppend(String path) throws IOException {
        try {
            return fs.open(path, true);
        } catch (FsException e) {
            if (e.error() != FsError.NOT_FOUND) {
                throw e;
            }
            return fs.create(path);
        }
    }

    // ---- names

    /** Deletes a file, or an empty directory. */
    public synchronized void delete(String path) throws IOException {
        check();
        if (fs.stat(path).type == FileType.DIRECTORY) {
            fs.rmdir(path);
        } else {
            fs.unlink(path);
        }
    }

    /** {@link #delete}, but false instead of NOT_FOUND. */
    public synchronized boolean deleteIfExists(String path) throws IOException {
        if (!exists(path)) {
            return false;
        }
        delete(path);
        return true;
    }

    /** Moves {@code from} to {@code to}, replacing a file or an empty directory there. */
    public synchronized void rename(String from, String to) throws IOException {
        check();
        fs.rename(from, to);
    }

    public synchronized void createDirectory(String path) throws IOException {
        check();
        fs.mkdir(path);
    }

    /** Creates {@code path} and any missing parents; nothing when it is a directory already. */
    public synchronized void createDirectories(String path) throws IOException {
        check();
        if (!path.startsWith("/")) {
            throw new FsException(FsError.INVALID_ARGUMENT, "not an absolute path: " + path);
        }
        int at = 1;
        while (at <= path.length()) {
            int end = path.indexOf('/', at);
            if (end < 0) {
                end = path.length();
            }
            if (end > at) {
                String prefix = path.substring(0, end);
                try {
                    fs.mkdir(prefix);
                } catch (FsException e) {
                    if (e.error() != FsError.EXISTS || fs.stat(prefix).type != FileType.DIRECTORY) {
                        throw e;
                    }
                }
            }
            at = end + 1;
        }
    }

    // ---- streams

    /** Reads {@code path} from its start; skip() moves forward without reading. */
    public synchronized InputStream newInputStream(String path) throws IOException {
        check();
        VolumeInputStream in = new VolumeInputStream(this, fs.open(path, false), path);
        streams.add(in);
        return in;
    }

    /** Creates or empties {@code path} and writes it from the start. */
    public OutputStream newOutputStream(String path) throws IOException {
        return newOutputStream(path, false);
    }

    /** Writes {@code path} from its end ({@code append}, creating it if missing) or from an empty file. */
    public synchronized OutputStream newOutputStream(String path, boolean append) throws IOException {
        check();
        OpenFile f = append ? openForAppend(path) : fs.create(path);
        VolumeOutputStream out = new VolumeOutputStream(this, f, path, append ? f.size() : 0);
        streams.add(out);
        return out;
    }

    /**
     * Opens {@code path} for reads and writes at any position, as java.io's RandomAccessFile and
     * streams need ({@code org.torito.guest.files}): {@code truncate} creates or empties the
     * file first, else it must exist. Like a stream, the handle is closed at unmount if still open.
     */
    public synchronized VolumeFile openFile(String path, boolean writable, boolean truncate) throws IOException {
        check();
        VolumeFile handle = new VolumeFile(this, truncate ? fs.create(path) : fs.open(path, writable), path);
        streams.add(handle);
        return handle;
    }

    synchronized void truncateAt(Object stream, OpenFile file, String path, long size) throws IOException {
        openStream(stream, path);
        file.truncate(size);
    }

    synchronized int readAt(Object stream, OpenFile file, String path, long position, byte[] b, int off, int len)
            throws IOException {
        openStream(stream, path);
        return file.read(position, b, off, len);
    }

    synchronized long sizeOf(Object stream, OpenFile file, String path) throws IOException {
        openStream(stream, path);
        return file.size();
    }

    synchronized void writeAt(Object stream, OpenFile file, String path, long position, byte[] b, int off, int len)
            throws IOException {
        openStream(stream, path);
        file.write(position, b, off, len);
    }

    synchronized void closeStream(Object stream, OpenFile file) throws IOException {
        if (streams.remove(stream) && mounted) {
            file.close();
        }
    }

    private void openStream(Object stream, String path) throws FsException {
        if (!mounted || !streams.contains(stream)) {
            throw new FsException(FsError.INVALID_ARGUMENT, path + ": the stream is closed");
        }
    }

    // ---- the whole volume

    /** Writes every cached change to the disk and flushes the disk; the volume stays mounted. */
    public synchronized void flush() throws IOException {
        check();
        flushStreams();
        fs.flush();
        cache.flush();
    }

    private void flushStreams() throws IOException {
        for (int i = 0; i < streams.size(); i++) {
            Object s = streams.get(i);
            if (s instanceof VolumeOutputStream) {
                ((VolumeOutputStream) s).flush();
            }
        }
    }

    /**
     * Closes the streams left open (writing what they buffer), writes the file system's
     * metadata (ext2 is marked clean), writes the cache and flushes the disk. Nothing after it
     * works; a second call does nothing.
     */
    public synchronized void unmount() throws IOException {
        if (!mounted) {
            return;
        }
        try {
            while (!streams.isEmpty()) {
                Object s = streams.get(streams.size() - 1);
                // Streams and VolumeFiles alike: an output stream writes what it buffers first.
                ((Closeable) s).close();
                streams.remove(s);
            }
            fs.close();
            cache.flush();
        } finally {
            mounted = false;
            FileSystems.forget(this);
        }
    }
}
