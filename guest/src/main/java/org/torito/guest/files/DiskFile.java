package org.torito.guest.files;

import java.io.IOException;

import org.teavm.runtime.fs.VirtualFile;
import org.teavm.runtime.fs.VirtualFileAccessor;
import org.torito.fs.FileStat;
import org.torito.fs.FileType;
import org.torito.fs.FsException;
import org.torito.guest.Volume;
import org.torito.guest.VolumeFile;

/**
 * A file of java.io's view ({@link DiskFileSystem}): TeaVM's File, FileInputStream,
 * FileOutputStream and RandomAccessFile reach the disks through it. VirtualFile answers with
 * booleans and nulls, as File's methods do; what is not a file system's answer (a writable disk
 * used from a core other than 0, a disk that cannot be mounted) is thrown as the IOException it
 * is, even where the method does not declare it, so that it is not mistaken for a missing file.
 * {@link #length()} is an int: TeaVM's File.length() sees at most 2 GiB - 1 of a larger file.
 */
final class DiskFile implements VirtualFile {
    private final FileLocation location;

    DiskFile(FileLocation location) {
        this.location = location;
    }

    FileLocation location() {
        return location;
    }

    @Override
    public String getName() {
        return location.name();
    }

    private FileStat stat() {
        try {
            return location.statIfExists();
        } catch (IOException e) {
            return failed(e, null);
        }
    }

    @Override
    public boolean isDirectory() {
        FileStat st = stat();
        return st != null && st.type == FileType.DIRECTORY;
    }

    @Override
    public boolean isFile() {
        FileStat st = stat();
        return st != null && st.type == FileType.REGULAR;
    }

    @Override
    public String[] listFiles() {
        try {
            return location.list();
        } catch (IOException e) {
            return failed(e, null);
        }
    }

    @Override
    public VirtualFileAccessor createAccessor(boolean readable, boolean writable, boolean append) {
        try {
            Volume volume = location.volume();
            // Written and not read, not appended: FileOutputStream's "create or empty".
            boolean truncate = writable && !readable && !append;
            VolumeFile file = volume.openFile(location.inside(), writable, truncate);
            return new DiskFileAccessor(file, append ? file.size() : 0);
        } catch (IOException e) {
            return failed(e, null);
        }
    }

    @Override
    public boolean createFile(String fileName) throws IOException {
        FileLocation child = location.child(fileName);
        if (child.statIfExists() != null) {
            return false;
        }
        child.volume().openFile(child.inside(), true, true).close();
        return true;
    }

    @Override
    public boolean createDirectory(String fileName) {
        FileLocation child = location.child(fileName);
        try {
            child.volume().createDirectory(child.inside());
            return true;
        } catch (IOException e) {
            return failed(e, Boolean.FALSE);
        }
    }

    @Override
    public boolean delete() {
        if (location.isMountPoint()) {
            return false;
        }
        try {
            location.volume().delete(location.inside());
            return true;
        } catch (IOException e) {
            return failed(e, Boolean.FALSE);
        }
    }

    @Override
    public boolean adopt(VirtualFile file, String fileName) {
        if (!(file instanceof DiskFile)) {
            return false;
        }
        FileLocation from = ((DiskFile) file).location;
        FileLocation to = location.child(fileName);
        if (!from.sameDisk(to) || from.isMountPoint()) {
            return false;
        }
        try {
            to.volume().rename(from.inside(), to.inside());
            return true;
        } catch (IOException e) {
            return failed(e, Boolean.FALSE);
        }
    }

    @Override
    public boolean canRead() {
        return stat() != null;
    }

    @Override
    public boolean canWrite() {
        try {
            return location.statIfExists() != null && location.writable();
        } catch (IOException e) {
            return failed(e, Boolean.FALSE);
        }
    }

    @Override
    public long lastModified() {
        FileStat st = stat();
        return st == null ? 0 : st.modified * 1000;
    }

    /** The file systems keep no time set by a program (no utime): false, as File's contract allows. */
    @Override
    public boolean setLastModified(long lastModified) {
        return false;
    }

    /** Permissions are not changed by the program (no chmod): false. */
    @Override
    public boolean setReadOnly(boolean readOnly) {
        return false;
    }

    @Override
    public int length() {
        FileStat st = stat();
        return st == null ? 0 : (int) Math.min(st.size, Integer.MAX_VALUE);
    }

    /**
     * A file system's answer becomes {@code answer} (false or null, as File reports a failure);
     * anything else is thrown as it is.
     */
    private static <T> T failed(IOException e, T answer) {
        if (e instanceof FsException) {
            return answer;
        }
        DiskFile.<RuntimeException>rethrow(e);
        return answer;
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void rethrow(Throwable e) throws E {
        throw (E) e;
    }
}
