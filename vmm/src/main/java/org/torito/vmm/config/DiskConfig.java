package org.torito.vmm.config;

import java.nio.file.Path;

/**
 * One entry of a config's {@code "disks"}: a raw image file the guest sees as a virtio-blk
 * device. {@code path} is already resolved against the config file's folder.
 */
public record DiskConfig(Path path, boolean readonly) {
}
