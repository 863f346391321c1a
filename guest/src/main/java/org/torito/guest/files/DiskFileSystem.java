package org.torito.guest.files;

import org.teavm.runtime.fs.VirtualFile;
import org.teavm.runtime.fs.VirtualFileSystem;

/**
 * The file system TeaVM's java.io and java.nio.file classes see in a Torito guest: the disks at
 * their mount points ({@link MountTable}). org.torito.boot.teavm.DiskFileSystemInstaller makes
 * TeaVM's VirtualFileSystemProvider create it instead of TeaVM's C one, which calls libc
 * (readdir, closedir) that a guest does not have. Relative paths are taken against "/", the
 * user directory: there is no working directory to change.
 */
public final class DiskFileSystem implements VirtualFileSystem {
    @Override
    public String getUserDir() {
        return "/";
    }

    @Override
    public VirtualFile getFile(String path) {
        return new DiskFile(FileLocation.of(path));
    }

    @Override
    public boolean isWindows() {
        return false;
    }

    @Override
    public String canonicalize(String path) {
        return FileLocation.normalize(path);
    }

    @Override
    public String[] getRoots() {
        return new String[] {"/"};
    }
}
