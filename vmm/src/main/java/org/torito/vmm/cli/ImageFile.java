package org.torito.vmm.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.torito.fs.FileBlockStore;
import org.torito.fs.FileSystem;
import org.torito.fs.FsError;
import org.torito.fs.FsException;
import org.torito.fs.ext2.Ext2FileSystem;
import org.torito.fs.fat.FatFileSystem;
import org.torito.vmm.BadInputException;

/** An existing image opened read-only, its file system recognised from its first sectors. */
final class ImageFile implements AutoCloseable {
    final FileSystem fs;
    private final FileBlockStore store;
    private final Path path;

    private ImageFile(Path path, FileBlockStore store, FileSystem fs) {
        this.path = path;
        this.store = store;
        this.fs = fs;
    }

    static ImageFile open(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new BadInputException(path + ": " + (Files.exists(path) ? "not a file" : "no such file"));
        }
        FileBlockStore store = new FileBlockStore(path.toString(), false);
        try {
            byte[] head = new byte[2048];
            long size = store.size();
            if (size >= head.length) {
                store.read(0, head, 0, head.length);
            }
            FileSystem fs;
            if (size >= head.length && (head[1080] & 0xFF) == 0x53 && (head[1081] & 0xFF) == 0xEF) {
                fs = Ext2FileSystem.mount(store, false);
            } else if (size >= 512 && (head[510] & 0xFF) == 0x55 && (head[511] & 0xFF) == 0xAA) {
                fs = FatFileSystem.mount(store, false);
            } else {
                throw new BadInputException(path + ": unknown file system (not ext2 or FAT)");
            }
            return new ImageFile(path, store, fs);
        } catch (FsException e) {
            store.close();
            throw problem(path, e);
        } catch (RuntimeException | IOException e) {
            store.close();
            throw e;
        }
    }

    /** Bad images and missing paths are the user's to fix: exit 2 with the reason. */
    static RuntimeException problem(Path path, FsException e) {
        if (e.error() == FsError.READ_ONLY) {
            return new IllegalStateException(path + ": " + e.getMessage(), e);
        }
        return new BadInputException(path + ": " + e.getMessage(), e);
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        fs.close();
        store.close();
    }
}
