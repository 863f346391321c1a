package org.torito.guest;

import java.io.IOException;

import org.torito.fs.BlockCache;
import org.torito.fs.FileSystem;
import org.torito.fs.FileSystemProbe;
import org.torito.fs.FsException;
import org.torito.guest.fs.DiskStore;
import org.torito.guest.runtime.ProcessExit;

/**
 * Mounts the VM's disks: {@code Volume www = FileSystems.mount(0);} recognises ext2 or FAT on
 * the config's first disk. Mounted volumes are unmounted (streams closed, caches written,
 * ext2 marked clean, disk flushed) when the program calls System.exit or Kernel.exit, when
 * main throws, and when main returns. The file systems are single-core: mount a disk on one
 * core only (each core is its own isolate with its own cache; two would overwrite each other).
 */
public final class FileSystems {
    /** The default cache: 4 MiB of 4 KiB lines per mounted disk. */
    public static final int DEFAULT_CACHE_BYTES = 4 << 20;
    /** This core's mounted volumes, by disk; statics are per core. */
    private static Volume[] mounted;
    private static boolean hooked;

    private FileSystems() {
    }

    /** Mounts disk {@code disk} read-write (read-only if the disk is), with the default cache. */
    public static Volume mount(int disk) throws IOException {
        return mount(disk, true, DEFAULT_CACHE_BYTES);
    }

    /**
     * Mounts disk {@code disk}: the same Volume again if this core has it mounted already.
     * A writable mount of a read-only disk mounts it read-only. A disk holding neither ext2 nor
     * FAT, or a corrupt one, is an FsException naming the disk and what is wrong.
     */
    public static Volume mount(int disk, boolean writable, int cacheBytes) throws IOException {
        BlockDevice device = BlockDevice.open(disk);
        if (mounted == null) {
            mounted = new Volume[BlockDevice.count()];
        }
        if (mounted[disk] != null) {
            return mounted[disk];
        }
        boolean rw = writable && !device.readOnly();
        BlockCache cache = new BlockCache(new DiskStore(device), cacheBytes);
        String kind;
        FileSystem fs;
        try {
            kind = FileSystemProbe.kind(cache);
            fs = FileSystemProbe.mount(cache, rw);
        } catch (FsException e) {
            throw new FsException(e.error(), "disk " + disk + ": " + e.getMessage());
        }
        Volume volume = new Volume(disk, kind, fs, cache, rw);
        mounted[disk] = volume;
        if (!hooked) {
            hooked = true;
            ProcessExit.atExit(new Runnable() {
                @Override
                public void run() {
                    unmountAll();
                }
            });
        }
        return volume;
    }

    /** Unmounts every volume of this core; a failure is reported on System.err and the others still unmount. */
    public static void unmountAll() {
        if (mounted == null) {
            return;
        }
        for (int i = 0; i < mounted.length; i++) {
            Volume v = mounted[i];
            if (v != null) {
                try {
                    v.unmount();
                } catch (IOException e) {
                    System.err.println("torito: unmounting disk " + i + " failed: " + e.getMessage());
                }
                mounted[i] = null;
            }
        }
    }

    static void forget(Volume volume) {
        if (mounted != null && mounted[volume.disk()] == volume) {
            mounted[volume.disk()] = null;
        }
    }
}
