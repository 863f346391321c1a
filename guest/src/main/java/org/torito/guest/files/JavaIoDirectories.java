package org.torito.guest.files;

import java.io.File;
import java.io.IOException;

/**
 * File.mkdirs(), which org.torito.boot.teavm.classlib.FileFixes replaces: TeaVM's returned true
 * for a directory that already existed, where the JDK returns false (it made nothing).
 */
public final class JavaIoDirectories {
    private JavaIoDirectories() {
    }

    public static boolean mkdirs(File dir) {
        if (dir.exists()) {
            return false;
        }
        if (dir.mkdir()) {
            return true;
        }
        File canonical;
        try {
            canonical = dir.getCanonicalFile();
        } catch (IOException e) {
            return false;
        }
        File parent = canonical.getParentFile();
        return parent != null && (mkdirs(parent) || parent.exists()) && canonical.mkdir();
    }
}
