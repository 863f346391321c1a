package org.torito.vmm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.torito.fs.FileBlockStore;
import org.torito.fs.FileSystem;
import org.torito.fs.FsError;
import org.torito.fs.FsException;
import org.torito.fs.OpenFile;
import org.torito.fs.ext2.Ext2FileSystem;
import org.torito.fs.ext2.Ext2Formatter;
import org.torito.fs.fat.FatFileSystem;
import org.torito.fs.fat.FatFormatter;
import org.torito.vmm.BadInputException;
import org.torito.vmm.config.MemorySize;

/** Makes an image file holding a copy of a host directory tree. */
final class ImageBuilder {
    private static final long MIB = 1L << 20;

    private final ImageKind kind;
    private final PrintWriter warnings;
    private String current = "/";

    ImageBuilder(ImageKind kind, PrintWriter warnings) {
        this.kind = kind;
        this.warnings = warnings;
    }

    /** Writes {@code out}; on any failure the partial image is deleted. */
    void build(Path dir, Path out, MemorySize size, boolean force) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": " + (Files.exists(dir) ? "not a directory" : "no such directory"));
        }
        if (Files.exists(out) && !force) {
            throw new BadInputException(out + ": already exists (use --force to replace it)");
        }
        long bytes = size != null ? size.bytes() : estimate(dir);
        boolean done = false;
        try {
            try (RandomAccessFile f = new RandomAccessFile(out.toFile(), "rw")) {
                f.setLength(0);
                f.setLength(bytes);
            }
            try (FileBlockStore store = new FileBlockStore(out.toString(), true)) {
                FileSystem fs;
                if (kind == ImageKind.EXT2) {
                    new Ext2Formatter().format(store);
                    fs = Ext2FileSystem.mount(store, true);
                } else {
                    new FatFormatter().format(store);
                    fs = FatFileSystem.mount(store, true);
                }
                copyTree(dir, fs, "/");
                fs.close();
            }
            done = true;
        } catch (FsException e) {
            if (e.error() == FsError.NO_SPACE) {
                throw new BadInputException(out + ": " + new MemorySize(bytes) + " is too small for " + dir
                        + " (full at " + current + "); use a larger --size", e);
            }
            if (e.error() == FsError.INVALID_ARGUMENT) {
                throw new BadInputException(dir + current.substring(1) + ": " + e.getMessage(), e);
            }
            throw e;
        } finally {
            if (!done) {
                Files.deleteIfExists(out);
            }
        }
    }

    /** Data rounded up to 4 KiB per file and directory, a quarter more for metadata, at least 8 MiB. */
    static long estimate(Path dir) throws IOException {
        long[] total = new long[1];
        try (var stream = Files.walk(dir)) {
            stream.forEach(p -> {
                long size = 0;
                try {
                    size = Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? Files.size(p) : 0;
                } catch (IOException e) {
                    // Unreadable: the copy reports it.
                }
                total[0] += (size + 4095) / 4096 * 4096 + 4096;
            });
        }
        long bytes = total[0] + total[0] / 4 + 4 * MIB;
        return Math.max(8 * MIB, (bytes + MIB - 1) / MIB * MIB);
    }

    private void copyTree(Path dir, FileSystem fs, String into) throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                children.add(p);
            }
        }
        Collections.sort(children);
        for (Path p : children) {
            String target = (into.equals("/") ? "/" : into + "/") + p.getFileName();
            current = target;
            if (Files.isSymbolicLink(p)) {
                if (kind == ImageKind.EXT2) {
                    fs.symlink(Files.readSymbolicLink(p).toString(), target);
                } else {
                    warnings.println("torito: warning: " + p + ": symbolic links cannot be stored on FAT; skipped");
                }
            } else if (Files.isDirectory(p)) {
                fs.mkdir(target);
                copyTree(p, fs, target);
            } else if (Files.isRegularFile(p)) {
                copyFile(p, fs, target);
            } else {
                warnings.println("torito: warning: " + p + ": not a file, directory or link; skipped");
            }
        }
    }

    private static void copyFile(Path p, FileSystem fs, String target) throws IOException {
        OpenFile file = fs.create(target);
        byte[] buffer = new byte[256 * 1024];
        long at = 0;
        try (InputStream in = Files.newInputStream(p)) {
            int n;
            while ((n = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                file.write(at, buffer, 0, n);
                at += n;
            }
        }
        file.close();
    }
}
