package org.torito.vmm.devices.blk;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.torito.vmm.BadInputException;
import org.torito.vmm.config.DiskConfig;
import org.torito.vmm.host.HostCallException;
import org.torito.vmm.host.Libc;

/**
 * A raw disk image file: sector {@code n} is the 512 bytes at offset {@code 512·n}. Opening
 * checks everything a user can get wrong and names the disk; the image is locked (shared when
 * read-only, exclusive otherwise) so two monitors cannot write one disk.
 *
 * <p>Reads of guest data are copies out of a shared read-only mapping of the whole image, straight
 * from the page cache into guest RAM: a 4 KiB read from the page cache costs ~1.1 µs as pread(2)
 * (the system call, the page-cache lookup) and a few hundred nanoseconds as a copy once the page
 * is mapped, and at queue depth 1 that was the difference between half of the host's own pread
 * rate and more (docs/benchmarks.md, "Block device"). The mapping costs address space, not
 * memory: its pages are the page cache's. Writes are pwrite(2) downcalls on a second descriptor
 * of the file, which the mapping sees at once (one page cache). A file that shrinks under the
 * mapping makes the copy fault (SIGBUS, which the JVM turns into an {@link InternalError},
 * delivered where the read can act on it by {@link Libc#deliverPendingFault}); that read falls
 * back to pread, which reads what is left and zeroes the rest, or fails with the host's error. A {@link FileChannel} on a slice of guest RAM costs a ByteBuffer, a slice and its
 * blocking/interrupt bookkeeping per request, so the channel stays for what it does well (open
 * with clear errors, lock, size, map, fdatasync, zeroes).
 *
 * <p>Never interrupt a thread inside these calls: a {@link FileChannel} closes itself when its
 * caller is interrupted.
 */
public final class DiskImage implements AutoCloseable {
    public static final int SECTOR = 512;
    private static final ByteBuffer ZEROES = ByteBuffer.allocateDirect(64 * 1024).asReadOnlyBuffer();

    private final String name;
    private final String fileName;
    private final FileChannel channel;
    /** The same file opened again by libc, for pread/pwrite into guest RAM. */
    private final int fd;
    private final FileLock lock;
    /** The whole image mapped shared and read-only: reads are copies out of the page cache. */
    private final Arena mappingArena;
    private final MemorySegment mapped;
    private final long size;
    private final boolean readonly;

    private DiskImage(String name, String fileName, FileChannel channel, int fd, FileLock lock,
                      Arena mappingArena, MemorySegment mapped, boolean readonly) {
        this.mappingArena = mappingArena;
        this.mapped = mapped;
        this.size = mapped.byteSize();
        this.name = name;
        this.fileName = fileName;
        this.channel = channel;
        this.fd = fd;
        this.lock = lock;
        this.readonly = readonly;
    }

    /**
     * Opens disk {@code index} of a config.
     *
     * @throws BadInputException naming the disk: missing, a folder, unreadable, not a whole
     *         number of sectors, or in use by another process
     */
    public static DiskImage open(DiskConfig disk, int index) {
        Path path = disk.path();
        String name = "disk " + index + " (" + path + ")";
        if (Files.isDirectory(path)) {
            throw new BadInputException(name + ": is a folder, not a disk image");
        }
        FileChannel channel;
        try {
            channel = disk.readonly() ? FileChannel.open(path, StandardOpenOption.READ)
                    : FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new BadInputException(name + ": permission denied"
                    + (disk.readonly() ? "" : " (for a read-only image set \"readonly\": true)"));
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot open: " + e.getMessage(), e);
        }
        try {
            long size = channel.size();
            if (size % SECTOR != 0) {
                throw new BadInputException(name + ": size " + size + " bytes is not a multiple of " + SECTOR);
            }
            if (size == 0) {
                throw new BadInputException(name + ": the image is empty (0 bytes)");
            }
            FileLock lock;
            try {
                lock = channel.tryLock(0, Long.MAX_VALUE, disk.readonly());
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new BadInputException(name + ": in use by another VM or process (the image is locked)");
            }
            int fd;
            try {
                fd = Libc.open(path.toString(), (disk.readonly() ? Libc.O_RDONLY : Libc.O_RDWR) | Libc.O_CLOEXEC);
            } catch (HostCallException e) {
                lock.release();
                throw new IOException(e.getMessage(), e);
            }
            Arena mappingArena = Arena.ofShared();
            MemorySegment mapped;
            try {
                mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, size, mappingArena);
            } catch (IOException e) {
                mappingArena.close();
                lock.release();
                Libc.close(fd);
                throw e;
            }
            return new DiskImage(name, String.valueOf(path.getFileName()), channel, fd, lock, mappingArena, mapped,
                    disk.readonly());
        } catch (IOException e) {
            closeQuietly(channel);
            throw new BadInputException(name + ": cannot use: " + e.getMessage(), e);
        } catch (BadInputException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Already failing; the first error is the one to report.
        }
    }

    /** The image's file name: the disk's id (serial) as the guest sees it. */
    public String fileName() {
        return fileName;
    }

    /** "disk 0 (/path/disk.img)": how messages name it. */
    public String name() {
        return name;
    }

    public long size() {
        return size;
    }

    public long sectors() {
        return size / SECTOR;
    }

    public boolean readonly() {
        return readonly;
    }

    /** Room for the errno of {@link #read}/{@link #write}: one per calling thread, allocated once. */
    public static MemorySegment newCallState(Arena arena) {
        return Libc.allocateCallState(arena);
    }

    /**
     * Fills {@code target} (a slice of guest RAM) from {@code offset}; bytes past the end of
     * the image read as zero. {@code callState} is the caller's own ({@link #newCallState}).
     */
    public void read(long offset, MemorySegment target, MemorySegment callState) throws IOException {
        if (offset + target.byteSize() <= size) {
            try {
                MemorySegment.copy(mapped, offset, target, 0, target.byteSize());
                Libc.deliverPendingFault();
                return;
            } catch (InternalError e) {
                // SIGBUS: the file shrank under the mapping or a page could not be read from
                // the disk below it; pread says what is still there, or the error.
            }
        }
        long done = 0;
        long length = target.byteSize();
        while (done < length) {
            MemorySegment rest = done == 0 ? target : target.asSlice(done);
            long n = Libc.pread(fd, rest, offset + done, callState);
            if (n == -Libc.EINTR) {
                continue;
            }
            if (n < 0) {
                throw new IOException("read of " + rest.byteSize() + " bytes at " + (offset + done) + ": "
                        + Libc.errnoText((int) -n));
            }
            if (n == 0) {
                // The file shrank under us: what is gone reads as zero rather than stale guest memory.
                rest.fill((byte) 0);
                return;
            }
            done += n;
        }
    }

    /** Writes {@code source} (a slice of guest RAM) at {@code offset}. */
    public void write(long offset, MemorySegment source, MemorySegment callState) throws IOException {
        long done = 0;
        long length = source.byteSize();
        while (done < length) {
            MemorySegment rest = done == 0 ? source : source.asSlice(done);
            long n = Libc.pwrite(fd, rest, offset + done, callState);
            if (n == -Libc.EINTR) {
                continue;
            }
            if (n <= 0) {
                throw new IOException("write of " + rest.byteSize() + " bytes at " + (offset + done) + ": "
                        + (n == 0 ? "no progress" : Libc.errnoText((int) -n)));
            }
            done += n;
        }
    }

    private void write(long offset, ByteBuffer source) throws IOException {
        while (source.hasRemaining()) {
            offset += channel.write(source, offset);
        }
    }

    /** Writes {@code length} zero bytes at {@code offset}. */
    public void writeZeroes(long offset, long length) throws IOException {
        while (length > 0) {
            ByteBuffer zeroes = ZEROES.duplicate();
            zeroes.limit((int) Math.min(zeroes.capacity(), length));
            length -= zeroes.remaining();
            write(offset, zeroes);
            offset += zeroes.limit();
        }
    }

    /** Makes every completed write durable: fdatasync(2). */
    public void flush() throws IOException {
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        try {
            mappingArena.close();
            lock.release();
        } finally {
            try {
                channel.close();
            } finally {
                // Closing any descriptor of the file drops this process's lock on it, so this one goes last.
                Libc.close(fd);
            }
        }
    }
}
