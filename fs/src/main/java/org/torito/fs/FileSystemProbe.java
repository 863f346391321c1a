package org.torito.fs;

import java.io.IOException;

import org.torito.fs.ext2.Ext2FileSystem;
import org.torito.fs.fat.FatFileSystem;

/** Recognises the file system on a block store by its first sectors and mounts it. */
public final class FileSystemProbe {
    /** ext2's superblock starts at byte 1024; its magic 0xEF53 at offset 56 of it. */
    private static final int EXT2_MAGIC_AT = 1024 + 56;
    private static final int HEAD = 2048;

    private FileSystemProbe() {
    }

    /** "ext2", "fat", or null when neither signature is there (or the store is too small to say). */
    public static String kind(BlockStore store) throws IOException {
        long size = store.size();
        if (size < BlockStore.SECTOR) {
            return null;
        }
        byte[] head = new byte[HEAD];
        store.read(0, head, 0, (int) Math.min(HEAD, size));
        if (size >= HEAD && (head[EXT2_MAGIC_AT] & 0xFF) == 0x53 && (head[EXT2_MAGIC_AT + 1] & 0xFF) == 0xEF) {
            return "ext2";
        }
        if ((head[510] & 0xFF) == 0x55 && (head[511] & 0xFF) == 0xAA) {
            return "fat";
        }
        return null;
    }

    /** Mounts whichever of ext2 and FAT {@code store} holds; CORRUPT naming the size when it is neither. */
    public static FileSystem mount(BlockStore store, boolean writable) throws IOException {
        String kind = kind(store);
        if ("ext2".equals(kind)) {
            return Ext2FileSystem.mount(store, writable);
        }
        if ("fat".equals(kind)) {
            return FatFileSystem.mount(store, writable);
        }
        throw FsException.corrupt("unknown file system (no ext2 magic at byte " + EXT2_MAGIC_AT
                + ", no FAT boot signature at byte 510; " + store.size() + " bytes)");
    }
}
