package org.torito.guest.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.spi.FileSystemProvider;

import org.torito.fs.FileStat;
import org.torito.fs.FileType;
import org.torito.fs.FsError;
import org.torito.fs.FsException;
import org.torito.guest.Volume;

/**
 * The methods of TeaVM's default java.nio.file provider that org.torito.boot.teavm.classlib.FileFixes
 * replaces, over the disks ({@link FileLocation}), with the JDK's exceptions: each names the path
 * as the program wrote it, as HotSpot's do. docs/differential-suite.md lists what TeaVM's did
 * wrong; docs/java-api.md what is not supported (other attribute views, copy options, WRITE
 * without TRUNCATE_EXISTING or APPEND).
 */
public final class DiskFileProvider {
    private DiskFileProvider() {
    }

    /** TeaVM's refused every option (its check was {@code option != READ || option != NOFOLLOW_LINKS}). */
    public static InputStream newInputStream(FileSystemProvider provider, Path path, OpenOption... options)
            throws IOException {
        for (OpenOption option : options) {
            if (option == StandardOpenOption.APPEND || option == StandardOpenOption.WRITE) {
                throw new UnsupportedOperationException("'" + option + "' not allowed");
            }
        }
        FileLocation at = FileLocation.of(path.toString());
        FileStat stat = existing(at, path);
        if (stat.type == FileType.DIRECTORY) {
            throw new FileSystemException(path.toString(), null, "Is a directory");
        }
        return at.volume().newInputStream(at.inside());
    }

    /**
     * TeaVM's threw NullPointerException for a missing parent and had no AccessDeniedException;
     * a directory was a FileAlreadyExistsException.
     */
    public static OutputStream newOutputStream(FileSystemProvider provider, Path path, OpenOption... options)
            throws IOException {
        boolean append = false;
        boolean create = options.length == 0;
        boolean createNew = false;
        boolean truncate = options.length == 0;
        for (OpenOption option : options) {
            if (option == StandardOpenOption.READ) {
                throw new IllegalArgumentException("READ not allowed");
            } else if (option == StandardOpenOption.APPEND) {
                append = true;
            } else if (option == StandardOpenOption.CREATE) {
                create = true;
            } else if (option == StandardOpenOption.CREATE_NEW) {
                createNew = true;
            } else if (option == StandardOpenOption.TRUNCATE_EXISTING) {
                truncate = true;
            }
        }
        if (append && truncate && options.length > 0) {
            throw new IllegalArgumentException("APPEND + TRUNCATE_EXISTING not allowed");
        }
        FileLocation at = FileLocation.of(path.toString());
        FileStat stat = at.statIfExists();
        if (stat != null && createNew) {
            throw new FileAlreadyExistsException(path.toString());
        }
        if (stat != null && stat.type == FileType.DIRECTORY) {
            throw new FileSystemException(path.toString(), null, "Is a directory");
        }
        if (stat == null && !(create || createNew)) {
            throw new NoSuchFileException(path.toString());
        }
        if (stat == null) {
            parentDirectory(at, path);
        }
        Volume volume = writableVolume(at, path);
        if (!append && !truncate && stat != null) {
            throw new UnsupportedOperationException("writing " + path + " from its start without truncating it"
                    + " (WRITE without TRUNCATE_EXISTING or APPEND) is not supported in a Torito guest");
        }
        try {
            return volume.newOutputStream(at.inside(), append);
        } catch (FsException e) {
            throw translated(e, path.toString());
        }
    }

    /** TeaVM's had no AccessDeniedException and said "Failed to create directory" for the rest. */
    public static void createDirectory(FileSystemProvider provider, Path dir, FileAttribute<?>... attributes)
            throws IOException {
        FileLocation at = FileLocation.of(dir.toString());
        if (at.statIfExists() != null) {
            throw new FileAlreadyExistsException(dir.toString());
        }
        parentDirectory(at, dir);
        try {
            writableVolume(at, dir).createDirectory(at.inside());
        } catch (FsException e) {
            throw translated(e, dir.toString());
        }
    }

    /** TeaVM's threw a bare IOException for a read-only disk and a mount point. */
    public static void delete(FileSystemProvider provider, Path path) throws IOException {
        FileLocation at = FileLocation.of(path.toString());
        FileStat stat = existing(at, path);
        if (!at.onDisk() || at.isMountPoint()) {
            throw new FileSystemException(path.toString(), null, "Device or resource busy");
        }
        Volume volume = writableVolume(at, path);
        if (stat.type == FileType.DIRECTORY && volume.list(at.inside()).length > 0) {
            throw new DirectoryNotEmptyException(path.toString());
        }
        try {
            volume.delete(at.inside());
        } catch (FsException e) {
            throw translated(e, path.toString());
        }
    }

    /**
     * TeaVM's moved only files (a directory was a FileSystemException), and through
     * VirtualFile.adopt, which cannot say why it failed. Across disks a file is copied and
     * deleted and an empty directory made anew, as HotSpot does across file systems; a
     * non-empty directory is a DirectoryNotEmptyException there, as on HotSpot.
     */
    public static void move(FileSystemProvider provider, Path source, Path target, CopyOption... options)
            throws IOException {
        boolean replace = false;
        for (CopyOption option : options) {
            if (option == StandardCopyOption.REPLACE_EXISTING) {
                replace = true;
            }
        }
        FileLocation from = FileLocation.of(source.toString());
        FileLocation to = FileLocation.of(target.toString());
        FileStat stat = existing(from, source);
        if (from.path.equals(to.path)) {
            return;
        }
        if (!from.onDisk() || from.isMountPoint()) {
            throw new FileSystemException(source.toString(), null, "Device or resource busy");
        }
        FileStat existing = to.statIfExists();
        if (existing != null && !replace) {
            throw new FileAlreadyExistsException(target.toString());
        }
        if (existing == null) {
            parentDirectory(to, target);
        }
        Volume fromVolume = writableVolume(from, source);
        Volume toVolume = writableVolume(to, target);
        if (existing != null && existing.type == FileType.DIRECTORY && toVolume.list(to.inside()).length > 0) {
            throw new DirectoryNotEmptyException(target.toString());
        }
        try {
            if (from.sameDisk(to)) {
                fromVolume.rename(from.inside(), to.inside());
                return;
            }
            if (stat.type == FileType.DIRECTORY && fromVolume.list(from.inside()).length > 0) {
                throw new DirectoryNotEmptyException(source.toString());
            }
            if (existing != null) {
                toVolume.delete(to.inside());
            }
            if (stat.type == FileType.DIRECTORY) {
                toVolume.createDirectory(to.inside());
            } else {
                toVolume.write(to.inside(), fromVolume.readAllBytes(from.inside()));
            }
            fromVolume.delete(from.inside());
        } catch (FsException e) {
            throw translated(e, source.toString());
        }
    }

    /**
     * TeaVM's size was VirtualFile's int length. Only BasicFileAttributes is offered (not the
     * POSIX or DOS views), as TeaVM's did.
     */
    public static BasicFileAttributes readAttributes(FileSystemProvider provider, Path path, Class<?> type,
                                                     LinkOption... options) throws IOException {
        if (type != BasicFileAttributes.class) {
            throw new UnsupportedOperationException(type.getName() + " is not supported in a Torito guest;"
                    + " use BasicFileAttributes");
        }
        return new DiskFileAttributes(existing(FileLocation.of(path.toString()), path));
    }

    private static FileStat existing(FileLocation at, Path path) throws IOException {
        FileStat stat = at.statIfExists();
        if (stat == null) {
            throw new NoSuchFileException(path.toString());
        }
        return stat;
    }

    /** A new file's parent must be a directory: NoSuchFileException naming the file when it is missing, as HotSpot's. */
    private static void parentDirectory(FileLocation at, Path path) throws IOException {
        FileLocation parent = at.parent();
        FileStat stat = parent == null ? null : parent.statIfExists();
        if (stat == null) {
            throw new NoSuchFileException(path.toString());
        }
        if (stat.type != FileType.DIRECTORY) {
            throw new FileSystemException(path.toString(), null, "Not a directory");
        }
    }

    /** The volume to change {@code at} on: AccessDeniedException on a read-only disk and on no disk. */
    private static Volume writableVolume(FileLocation at, Path path) throws IOException {
        if (!at.writable()) {
            throw new AccessDeniedException(path.toString());
        }
        return at.volume();
    }

    /** The file system's error as the JDK's exception for {@code path}. */
    static IOException translated(FsException e, String path) {
        FsError error = e.error();
        if (error == FsError.NOT_FOUND) {
            return new NoSuchFileException(path);
        } else if (error == FsError.EXISTS) {
            return new FileAlreadyExistsException(path);
        } else if (error == FsError.NOT_EMPTY) {
            return new DirectoryNotEmptyException(path);
        } else if (error == FsError.NOT_DIRECTORY) {
            return new NotDirectoryException(path);
        } else if (error == FsError.READ_ONLY) {
            return new AccessDeniedException(path);
        } else if (error == FsError.NO_SPACE) {
            return new FileSystemException(path, null, "No space left on device");
        }
        return e;
    }
}
