package org.torito.vmm.config;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.torito.vmm.BadInputException;

/**
 * Reads a disk's {@code "mount"}: the absolute, normalized path where java.io and java.nio.file
 * see its file system in the guest. The guest matches paths against mount points by their text
 * (docs/config.md), so a mount point has one spelling only: no ".", "..", "//", trailing '/'.
 */
final class DiskMountReader {
    private DiskMountReader() {
    }

    /** The mount point {@code value} names, checked. */
    static String mount(JsonNode value) throws InvalidValueException {
        if (!value.isTextual()) {
            throw new InvalidValueException("expected a path such as \"/data\", got " + VmConfigReader.describe(value));
        }
        String mount = value.textValue();
        VmLimits.checkSetting(mount);
        if (!mount.startsWith("/")) {
            throw new InvalidValueException("must be an absolute path such as \"/data\", got \"" + mount + "\"");
        }
        if (mount.length() > 1 && mount.endsWith("/")) {
            throw new InvalidValueException("must not end with a slash (write \""
                    + mount.substring(0, mount.length() - 1) + "\")");
        }
        for (String name : mount.substring(1).split("/", -1)) {
            if (name.isEmpty() && mount.length() > 1) {
                throw new InvalidValueException("holds an empty name (\"//\"): \"" + mount + "\"");
            }
            if (name.equals(".") || name.equals("..")) {
                throw new InvalidValueException("holds \"" + name + "\"; write the path it means: \"" + mount + "\"");
            }
        }
        return mount;
    }

    /** Fails naming the second disk that takes a mount point another disk already has. */
    static void checkDistinct(Path file, String path, List<DiskConfig> disks) {
        for (int i = 0; i < disks.size(); i++) {
            String mount = disks.get(i).mount();
            for (int j = 0; j < i && mount != null; j++) {
                if (mount.equals(disks.get(j).mount())) {
                    throw new BadInputException(file + ": " + path + "[" + i + "].mount: \"" + mount
                            + "\" is already the mount point of disk " + j);
                }
            }
        }
    }
}
