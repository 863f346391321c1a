package org.torito.guest.files;

import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

import org.torito.fs.FileStat;
import org.torito.fs.FileType;

/**
 * Files.readAttributes(path, BasicFileAttributes.class) on a disk: the size as a long (TeaVM's
 * own went through VirtualFile's int length), the file's one time stamp (ext2's mtime, FAT's
 * write time) for all three times, and the inode or directory entry as the file key.
 */
final class DiskFileAttributes implements BasicFileAttributes {
    private final FileStat stat;

    DiskFileAttributes(FileStat stat) {
        this.stat = stat;
    }

    @Override
    public FileTime lastModifiedTime() {
        return FileTime.fromMillis(stat.modified * 1000);
    }

    @Override
    public FileTime lastAccessTime() {
        return lastModifiedTime();
    }

    @Override
    public FileTime creationTime() {
        return lastModifiedTime();
    }

    @Override
    public boolean isRegularFile() {
        return stat.type == FileType.REGULAR;
    }

    @Override
    public boolean isDirectory() {
        return stat.type == FileType.DIRECTORY;
    }

    @Override
    public boolean isSymbolicLink() {
        return stat.type == FileType.SYMLINK;
    }

    @Override
    public boolean isOther() {
        return !isRegularFile() && !isDirectory() && !isSymbolicLink();
    }

    @Override
    public long size() {
        return stat.size;
    }

    @Override
    public Object fileKey() {
        return Long.valueOf(stat.id);
    }
}
