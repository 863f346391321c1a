package org.torito.guest.files;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.torito.fs.FileStat;
import org.torito.fs.FileType;
import org.torito.fs.FsError;
import org.torito.fs.FsException;
import org.torito.guest.Volume;

/**
 * A path of java.io or java.nio.file, normalized ("." and ".." resolved by name, relative paths
 * against "/", the user directory) and placed by the {@link MountTable}: on a disk (which one,
 * and the path inside its file system), or on none. A path on no disk that is "/" or lies above
 * a mount point ("/srv" for "/srv/www") is a read-only directory listing the mount points below
 * it; any other is missing.
 */
final class FileLocation {
    /** A directory on no disk: read-only, time 0, like an empty mount point of the JDK's hosts. */
    private static final FileStat MOUNT_PARENT = new FileStat(FileType.DIRECTORY, 0, 0555, 2, 0, 0);

    final String path;
    private final int mount;

    private FileLocation(String path, int mount) {
        this.path = path;
        this.mount = mount;
    }

    static FileLocation of(String path) {
        String normal = normalize(path);
        return new FileLocation(normal, MountTable.current().find(normal));
    }

    /**
     * {@code path} absolute, without ".", "..", "//" or a trailing '/'. Split by hand: String.split
     * compiles a regular expression in TeaVM's class library, and reaching it put the whole regex
     * engine (~400 KB with its tables) into every image that can touch a file.
     */
    static String normalize(String path) {
        List<String> names = new ArrayList<>();
        for (int start = 0; start <= path.length(); ) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            String name = path.substring(start, end);
            start = end + 1;
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (!names.isEmpty()) {
                    names.remove(names.size() - 1);
                }
            } else {
                names.add(name);
            }
        }
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            out.append('/').append(name);
        }
        return out.length() == 0 ? "/" : out.toString();
    }

    boolean onDisk() {
        return mount >= 0;
    }

    /** The last name, "" for "/". */
    String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    FileLocation parent() {
        return path.equals("/") ? null : of(path.substring(0, Math.max(1, path.lastIndexOf('/'))));
    }

    FileLocation child(String name) {
        return of(path.equals("/") ? "/" + name : path + "/" + name);
    }

    /** The disk's volume, mounted on first use ({@link DiskVolumes}). */
    Volume volume() throws IOException {
        if (mount < 0) {
            throw new FsException(FsError.READ_ONLY, path + ": not on a disk (no disk is mounted there)");
        }
        return DiskVolumes.volume(MountTable.current().disk(mount));
    }

    /** The path inside the disk's file system. */
    String inside() {
        return MountTable.current().inside(mount, path);
    }

    /** True when this is a disk's mount point itself: it cannot be deleted or moved. */
    boolean isMountPoint() {
        return mount >= 0 && inside().equals("/");
    }

    /** The file's status; NOT_FOUND (or NOT_DIRECTORY for a file on the way) when it is missing. */
    FileStat stat() throws IOException {
        if (mount < 0) {
            if (path.equals("/") || MountTable.current().namesBelow(path).length > 0) {
                return MOUNT_PARENT;
            }
            throw new FsException(FsError.NOT_FOUND, path);
        }
        return volume().stat(inside());
    }

    /** The status, or null when the file is missing; other failures (the core rule, a corrupt disk) are thrown. */
    FileStat statIfExists() throws IOException {
        try {
            return stat();
        } catch (FsException e) {
            if (e.error() == FsError.NOT_FOUND || e.error() == FsError.NOT_DIRECTORY) {
                return null;
            }
            throw e;
        }
    }

    /** A directory's names in its own order, with the mount points below it that it does not hold itself. */
    String[] list() throws IOException {
        String[] below = MountTable.current().namesBelow(path);
        if (mount < 0) {
            stat();
            return below;
        }
        String[] names = volume().list(inside());
        List<String> all = new ArrayList<>(Arrays.asList(names));
        for (String name : below) {
            if (!all.contains(name)) {
                all.add(name);
            }
        }
        return all.toArray(new String[0]);
    }

    /** Whether the file's disk may be written (false on no disk and on a read-only one). */
    boolean writable() throws IOException {
        return mount >= 0 && volume().writable();
    }

    boolean sameDisk(FileLocation other) {
        return mount >= 0 && other.mount >= 0
                && MountTable.current().disk(mount) == MountTable.current().disk(other.mount);
    }
}
