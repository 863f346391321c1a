package org.torito.fs.ext2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.torito.fs.FileStat;
import org.torito.fs.FsError;
import org.torito.fs.FsException;
import org.torito.fs.LittleEndian;
import org.torito.fs.MemoryBlockStore;
import org.torito.fs.OpenFile;
import org.torito.fs.TreeWalker;

/** Hand-made corruptions fail with a message naming what is wrong, never a hang or a crash. */
class Ext2CorruptImagesTest {
    private MemoryBlockStore store;
    private long fileInode;
    private long dirInode;

    @BeforeEach
    void makeImage() throws IOException {
        store = new MemoryBlockStore(new byte[4 << 20]);
        new Ext2Formatter().blockSize(1024).format(store);
        Ext2FileSystem fs = Ext2FileSystem.mount(store, true);
        fs.mkdir("/a");
        fs.mkdir("/a/b");
        OpenFile f = fs.create("/a/file");
        f.write(0, new byte[5000], 0, 5000);
        f.close();
        fileInode = fs.stat("/a/file").id;
        dirInode = fs.stat("/a/b").id;
        fs.close();
    }

    private FsException mountFails(FsError error) {
        FsException e = assertThrows(FsException.class, () -> Ext2FileSystem.mount(store, true));
        assertEquals(error, e.error(), e.getMessage());
        return e;
    }

    /** Byte offset of inode {@code n}'s bytes in the image. */
    private int inodeOffset(long n) throws IOException {
        Ext2FileSystem fs = Ext2FileSystem.mount(store, false);
        int g = (int) ((n - 1) / fs.superblock.inodesPerGroup());
        long index = (n - 1) % fs.superblock.inodesPerGroup();
        return (int) (fs.groups.inodeTable(g) * fs.blockSize + index * fs.superblock.inodeSize());
    }

    private int firstBlockOf(long inode) throws IOException {
        return (int) LittleEndian.u32(store.bytes(), inodeOffset(inode) + 40);
    }

    @Test
    void badMagic() {
        LittleEndian.put16(store.bytes(), 1024 + 56, 0x1234);
        assertEquals("not an ext2 file system: magic at byte 1080 is 0x1234, expected 0xef53",
                mountFails(FsError.CORRUPT).getMessage());
    }

    @Test
    void unknownIncompatibleFeature() {
        LittleEndian.put32(store.bytes(), 1024 + 96, 0x2 | 0x40 | 0x80);
        String message = mountFails(FsError.UNSUPPORTED).getMessage();
        assertTrue(message.contains("extents, 64bit"), message);
    }

    @Test
    void unknownReadOnlyFeatureMountsOnlyReadOnly() throws IOException {
        LittleEndian.put32(store.bytes(), 1024 + 100, 0x3 | 0x400);
        assertTrue(mountFails(FsError.READ_ONLY).getMessage().contains("metadata_csum"));
        Ext2FileSystem.mount(store, false).close();
    }

    @Test
    void truncatedImage() {
        store = new MemoryBlockStore(java.util.Arrays.copyOf(store.bytes(), 2 << 20));
        String message = mountFails(FsError.CORRUPT).getMessage();
        assertTrue(message.startsWith("image truncated: the superblock says 4096 blocks of 1024 bytes"), message);
    }

    @Test
    void groupDescriptorPastTheEnd() {
        LittleEndian.put32(store.bytes(), 2048 + 8, 999_999);
        assertTrue(mountFails(FsError.CORRUPT).getMessage().startsWith("group 0: inode table at block 999999 is outside"));
    }

    @Test
    void fileBlockPastTheEnd() throws IOException {
        LittleEndian.put32(store.bytes(), inodeOffset(fileInode) + 40 + 4, 123_456_789);
        Ext2FileSystem fs = Ext2FileSystem.mount(store, true);
        OpenFile f = fs.open("/a/file", true);
        FsException e = assertThrows(FsException.class, () -> f.read(0, new byte[5000], 0, 5000));
        assertEquals("inode " + fileInode + ": data block 1 points at block 123456789, outside the file system (blocks 1..4095)",
                e.getMessage());
        assertThrows(FsException.class, () -> fs.unlink("/a/file"));
    }

    @Test
    void indirectBlockPastTheEnd() throws IOException {
        LittleEndian.put32(store.bytes(), inodeOffset(fileInode) + 40 + 12 * 4, 5_000_000);
        LittleEndian.put32(store.bytes(), inodeOffset(fileInode) + 4, 100_000); // size reaches the indirect blocks
        Ext2FileSystem fs = Ext2FileSystem.mount(store, false);
        FsException e = assertThrows(FsException.class, () -> fs.open("/a/file", false).read(20_000, new byte[10], 0, 10));
        assertTrue(e.getMessage().contains("indirect block points at block 5000000"), e.getMessage());
    }

    @Test
    void directoryEntryWithZeroLength() throws IOException {
        int block = firstBlockOf(dirInode);
        LittleEndian.put16(store.bytes(), block * 1024 + 4, 0);
        Ext2FileSystem fs = Ext2FileSystem.mount(store, false);
        FsException e = assertThrows(FsException.class, () -> fs.list("/a/b"));
        assertEquals("directory inode " + dirInode + ", block 0, offset 0: bad entry (rec_len 0)", e.getMessage());
    }

    @Test
    void directoryLoopIsReportedByTheWalkerAndRename() throws IOException {
        // /a/b gets an entry "up" naming /a: a hard link to a directory, a cycle.
        Ext2FileSystem fs = Ext2FileSystem.mount(store, true);
        long a = fs.stat("/a").id;
        Ext2Directory b = new Ext2Directory(fs, fs.readInode(dirInode));
        b.add(new byte[] {'u', 'p'}, a, 2);
        fs.close();
        Ext2FileSystem mounted = Ext2FileSystem.mount(store, true);
        FsException e = assertThrows(FsException.class, () -> new TreeWalker() {
            @Override
            protected void visit(String path, FileStat stat) {
            }
        }.walk(mounted, "/"));
        assertEquals("directory loop: /a/b/up (id " + a + ") contains itself", e.getMessage());

        // ".." of /a/b points at /a/b itself: walking up from it never reaches the root.
        int block = firstBlockOf(dirInode);
        LittleEndian.put32(store.bytes(), block * 1024 + 12, dirInode);
        mounted.mkdir("/c");
        FsException loop = assertThrows(FsException.class, () -> mounted.rename("/c", "/a/b/c"));
        assertEquals(FsError.CORRUPT, loop.error());
        assertTrue(loop.getMessage().startsWith("directory loop"), loop.getMessage());
    }

    @Test
    void freeCountsThatLie() throws IOException {
        Ext2FileSystem fs = Ext2FileSystem.mount(store, false);
        int bitmap = (int) fs.groups.blockBitmap(0);
        java.util.Arrays.fill(store.bytes(), bitmap * 1024, bitmap * 1024 + 1024, (byte) 0xFF);
        Ext2FileSystem rw = Ext2FileSystem.mount(store, true);
        FsException e = assertThrows(FsException.class, () -> rw.open("/a/file", true).write(0, new byte[100_000], 0, 100_000));
        assertTrue(e.getMessage().contains("free blocks but the block bitmap has none"), e.getMessage());
    }
}
