package org.torito.vmm.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of a config's {@code "disks"}: a raw image file the guest sees as a virtio-blk
 * device. {@code path} is already resolved against the config file's folder; {@code mount} is
 * where the guest's java.io and java.nio.file see the disk's file system ("/data"), or null
 * when they do not (the program may still mount it with org.torito.guest.FileSystems).
 */
public record DiskConfig(Path path, boolean readonly, String mount) {

    /** A disk that java.io and java.nio.file do not see. */
    public DiskConfig(Path path, boolean readonly) {
        this(path, readonly, null);
    }

    /**
     * The boot info's mount table (docs/boot-abi.md): for each mounted disk its index in
     * decimal, then its mount point, as {@code name NUL value NUL} pairs like the environment.
     */
    public static byte[] encodedMounts(List<DiskConfig> disks) {
        Map<String, String> mounts = new LinkedHashMap<>();
        for (int i = 0; i < disks.size(); i++) {
            if (disks.get(i).mount() != null) {
                mounts.put(Integer.toString(i), disks.get(i).mount());
            }
        }
        return GuestSettings.encode(mounts);
    }
}
