package org.torito.guest.files;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;

import org.torito.fs.FileStat;
import org.torito.fs.FileType;

/**
 * Checks that org.torito.boot.teavm.classlib.ClasslibGuards runs before TeaVM's constructors of
 * FileInputStream, FileOutputStream and RandomAccessFile(String, String), whose own bodies then
 * do the opening.
 * TeaVM's threw FileNotFoundException without a message (or "Could not create file"), and
 * RandomAccessFile in a writing mode refused a missing file, which the JDK creates. These throw
 * HotSpot's message on Linux, "{path} (No such file or directory)" and the like, and create the file.
 */
public final class JavaIoChecks {
    private JavaIoChecks() {
    }

    public static void checkInput(FileInputStream stream, File file) throws FileNotFoundException {
        FileStat stat = statOf(file);
        if (stat == null) {
            throw missing(file);
        }
        if (stat.type == FileType.DIRECTORY) {
            throw new FileNotFoundException(file.getPath() + " (Is a directory)");
        }
    }

    public static void checkOutput(FileOutputStream stream, File file, boolean append) throws FileNotFoundException {
        checkWritable(file);
    }

    /** For RandomAccessFile(String, String); the (File, String) constructor is TeaVM's own (docs/java-api.md). */
    public static void checkRandomAccess(RandomAccessFile raf, String name, String mode) throws FileNotFoundException {
        File file = new File(name);
        if (mode.equals("r")) {
            FileStat stat = statOf(file);
            if (stat == null) {
                throw missing(file);
            }
        } else if (mode.equals("rw") || mode.equals("rws") || mode.equals("rwd")) {
            FileLocation at = checkWritable(file);
            try {
                if (at.statIfExists() == null) {
                    at.volume().openFile(at.inside(), true, true).close();
                }
            } catch (IOException e) {
                throw new FileNotFoundException(file.getPath() + " (" + e.getMessage() + ")");
            }
        }
    }

    /** Where a file to be written lies, once it is known that it can be. */
    private static FileLocation checkWritable(File file) throws FileNotFoundException {
        FileLocation at = FileLocation.of(file.getAbsolutePath());
        FileStat stat = statOf(file);
        if (stat != null && stat.type == FileType.DIRECTORY) {
            throw new FileNotFoundException(file.getPath() + " (Is a directory)");
        }
        FileLocation parent = at.parent();
        FileStat parentStat;
        try {
            parentStat = parent == null ? null : parent.statIfExists();
        } catch (IOException e) {
            throw new FileNotFoundException(file.getPath() + " (" + e.getMessage() + ")");
        }
        if (stat == null && parentStat == null) {
            throw missing(file);
        }
        if (stat == null && parentStat.type != FileType.DIRECTORY) {
            throw new FileNotFoundException(file.getPath() + " (Not a directory)");
        }
        boolean writable;
        try {
            writable = at.writable();
        } catch (IOException e) {
            throw new FileNotFoundException(file.getPath() + " (" + e.getMessage() + ")");
        }
        if (!writable) {
            throw new FileNotFoundException(file.getPath() + " (Read-only file system)");
        }
        return at;
    }

    private static FileStat statOf(File file) throws FileNotFoundException {
        try {
            return FileLocation.of(file.getAbsolutePath()).statIfExists();
        } catch (IOException e) {
            throw new FileNotFoundException(file.getPath() + " (" + e.getMessage() + ")");
        }
    }

    private static FileNotFoundException missing(File file) {
        return new FileNotFoundException(file.getPath() + " (No such file or directory)");
    }
}
