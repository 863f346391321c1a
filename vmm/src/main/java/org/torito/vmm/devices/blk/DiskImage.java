package org.torito.vmm.devices.blk;

import java.io.IOException;
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

/**
 * A raw disk image file: sector {@code n} is the 512 bytes at offset {@code 512·n}. Opening
 * checks everything a user can get wrong and names the disk; the image is locked (shared when
 * read-only, exclusive otherwise) so two monitors cannot write one disk.
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
    private final FileLock lock;
    private final long size;
    private final boolean readonly;

    private DiskImage(String name, String fileName, FileChannel channel, FileLock lock, long size, boolean readonly) {
        this.name = name;
        this.fileName = fileName;
        this.channel = channel;
        this.lock = lock;
        this.size = size;
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
            return new DiskImage(name, String.valueOf(path.getFileName()), channel, lock, size, disk.readonly());
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

    /** Fills {@code target} from {@code offset}; bytes past the end of the image read as zero. */
    public void read(long offset, ByteBuffer target) throws IOException {
        while (target.hasRemaining()) {
            int n = channel.read(target, offset);
            if (n < 0) {
                // The file shrank under us: what is gone reads as zero rather than stale guest memory.
                while (target.hasRemaining()) {
                    target.put((byte) 0);
                }
                return;
            }
            offset += n;
        }
    }

    public void write(long offset, ByteBuffer source) throws IOException {
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
            lock.release();
        } finally {
            channel.close();
        }
    }
}
