package org.torito.boot.teavm.classlib;

import java.util.List;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;

/**
 * java.io and java.nio.file over the VM's disks (docs/differential-suite.md lists each difference;
 * docs/java-api.md what files can do). TeaVM's default provider's methods become calls of
 * torito-guest's {@code org.torito.guest.files.DiskFileProvider}, which gets the provider first.
 */
final class FileFixes {
    private static final String PROVIDER = "java.nio.file.impl.DefaultFileSystemProvider";
    private static final String DISK_PROVIDER = "org.torito.guest.files.DiskFileProvider";
    private static final String BYTE_READS = "org.torito.guest.files.UnsignedByteReads";
    private static final ValueType PATH = ValueType.object("java.nio.file.Path");
    private static final String DEFAULT_PATH = "java.nio.file.impl.DefaultPath";
    private static final String PATH_COMPARISONS = "org.torito.guest.files.PathComparisons";

    static final List<ClasslibFix> FIXES = List.of(
            // newInputStream refused every option (option != READ || option != NOFOLLOW_LINKS).
            provider("newInputStream", ValueType.object("java.io.InputStream"), PATH,
                    ValueType.arrayOf(ValueType.object("java.nio.file.OpenOption"))),
            // newOutputStream threw NullPointerException for a missing parent, had no
            // AccessDeniedException, and took a directory for an existing file.
            provider("newOutputStream", ValueType.object("java.io.OutputStream"), PATH,
                    ValueType.arrayOf(ValueType.object("java.nio.file.OpenOption"))),
            // createDirectory: no AccessDeniedException, "Failed to create directory" for the rest.
            provider("createDirectory", ValueType.VOID, PATH,
                    ValueType.arrayOf(ValueType.object("java.nio.file.attribute.FileAttribute"))),
            // delete: a bare IOException for a read-only disk.
            provider("delete", ValueType.VOID, PATH),
            // move: files only (a directory was a FileSystemException), no reason when it failed.
            provider("move", ValueType.VOID, PATH, PATH,
                    ValueType.arrayOf(ValueType.object("java.nio.file.CopyOption"))),
            // readAttributes: the size was an int.
            provider("readAttributes", ValueType.object("java.nio.file.attribute.BasicFileAttributes"), PATH,
                    ValueType.object("java.lang.Class"), ValueType.arrayOf(ValueType.object("java.nio.file.LinkOption"))),
            // Path.equals was false for a path and itself; relativize threw for a path and itself
            // and for any answer that climbs, and gave "../" for "..". (relativize(Path)Path is
            // javac's bridge to the covariant method: the one every Path.relativize call reaches.)
            new ClasslibFix(new MethodReference(DEFAULT_PATH, "equals", ValueType.object("java.lang.Object"),
                    ValueType.BOOLEAN), new MethodReference(PATH_COMPARISONS, "equals", PATH,
                    ValueType.object("java.lang.Object"), ValueType.BOOLEAN), true, false),
            new ClasslibFix(new MethodReference(DEFAULT_PATH, "relativize", PATH, PATH),
                    new MethodReference(PATH_COMPARISONS, "relativize", PATH, PATH, PATH), true, false),
            // FileInputStream.read() and RandomAccessFile.read() returned the byte signed: 0xFF was -1, the end.
            byteRead("java.io.FileInputStream"),
            byteRead("java.io.RandomAccessFile"),
            // File.mkdirs() was true for a directory that existed already.
            new ClasslibFix(new MethodReference("java.io.File", "mkdirs", ValueType.BOOLEAN),
                    new MethodReference("org.torito.guest.files.JavaIoDirectories", "mkdirs",
                            ValueType.object("java.io.File"), ValueType.BOOLEAN), true, false),
            // Reader.transferTo(Writer) was missing, and Files.readString calls it: such a program did not build.
            new ClasslibFix(new MethodReference("java.io.Reader", "transferTo", ValueType.object("java.io.Writer"),
                    ValueType.LONG), new MethodReference("org.torito.guest.runtime.ReaderTransfers", "transferTo",
                    ValueType.object("java.io.Reader"), ValueType.object("java.io.Writer"), ValueType.LONG), true, true));

    private FileFixes() {
    }

    private static ClasslibFix provider(String name, ValueType result, ValueType... parameters) {
        ValueType[] signature = new ValueType[parameters.length + 1];
        System.arraycopy(parameters, 0, signature, 0, parameters.length);
        signature[parameters.length] = result;
        ValueType[] replacement = new ValueType[parameters.length + 2];
        replacement[0] = ValueType.object("java.nio.file.spi.FileSystemProvider");
        System.arraycopy(signature, 0, replacement, 1, signature.length);
        return new ClasslibFix(new MethodReference(PROVIDER, name, signature),
                new MethodReference(DISK_PROVIDER, name, replacement), true, false);
    }

    private static ClasslibFix byteRead(String owner) {
        return new ClasslibFix(new MethodReference(owner, "read", ValueType.INTEGER),
                new MethodReference(BYTE_READS, "read", ValueType.object(owner), ValueType.INTEGER), true, false);
    }
}
