package org.torito.guest.files;

import java.io.IOException;

import org.torito.guest.BlockDevice;
import org.torito.guest.FileSystems;
import org.torito.guest.Kernel;
import org.torito.guest.Volume;

/**
 * The volumes behind java.io and java.nio.file: a mounted disk's file system is mounted on
 * first use, on the core that uses it. Each core is an isolate with its own cache and its own
 * view of the bitmaps, so two cores writing one disk would overwrite each other: a read-only
 * disk may be used from every core, a writable one only from core 0 (docs/java-api.md).
 */
final class DiskVolumes {
    private DiskVolumes() {
    }

    static Volume volume(int disk) throws IOException {
        int core = Kernel.core();
        if (core != 0 && !BlockDevice.open(disk).readOnly()) {
            throw new IOException("disk " + disk + " is writable, so only core 0 may use its files (core " + core
                    + " asked; each core has its own file system cache): make the disk \"readonly\" or use it from"
                    + " core 0");
        }
        return FileSystems.mount(disk);
    }
}
