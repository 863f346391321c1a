package org.torito.fs.ext2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.fs.DirEntry;
import org.torito.fs.ExternalTool;
import org.torito.fs.FileBlockStore;
import org.torito.fs.FsError;
import org.torito.fs.FsException;
import org.torito.fs.OpenFile;

/** Triple indirection, holes, truncation, large directories and running out of space, checked by e2fsck. */
class Ext2LayoutTest {
    @TempDir
    Path dir;

    private String image(int megabytes, int blockSize) throws Exception {
        String img = dir.resolve("l.img").toString();
        try (RandomAccessFile f = new RandomAccessFile(img, "rw")) {
            f.setLength((long) megabytes << 20);
        }
        try (FileBlockStore store = new FileBlockStore(img, true)) {
            new Ext2Formatter().blockSize(blockSize).format(store);
        }
        return img;
    }

    @Test
    void sparseFileThroughTripleIndirectionAndBack() throws Exception {
        String img = image(8, 1024);
        long far = 12 + 256 + 65536 + 70_000L; // a logical block reached through the triple indirect block
        byte[] tail = "the end".getBytes();
        try (FileBlockStore store = new FileBlockStore(img, true)) {
            Ext2FileSystem fs = Ext2FileSystem.mount(store, true);
            OpenFile f = fs.create("/sparse");
            f.write(far * 1024 + 100, tail, 0, tail.length);
            f.write(3, tail, 0, tail.length);
            byte[] hole = new byte[4096];
            Arrays.fill(hole, (byte) 1);
            assertEquals(4096, f.read(500 * 1024, hole, 0, 4096));
            assertArrayEquals(new byte[4096], hole);
            f.close();
            fs.close();
        }
        ExternalTool.e2fsckClean(img);
        byte[] all = ExternalTool.debugfsCat(img, "/sparse");
        assertEquals(far * 1024 + 100 + tail.length, all.length);
        assertArrayEquals(tail, Arrays.copyOfRange(all, all.length - tail.length, all.length));
        assertArrayEquals(tail, Arrays.copyOfRange(all, 3, 3 + tail.length));

        try (FileBlockStore store = new FileBlockStore(img, true)) {
            Ext2FileSystem fs = Ext2FileSystem.mount(store, true);
            long free = fs.freeSpace();
            fs.open("/sparse", true).truncate(10);
            assertEquals(free + 4 * 1024, fs.freeSpace(), "the far data block, the triple indirect block and the two below it are freed");
            fs.close();
        }
        ExternalTool.e2fsckClean(img);
    }

    @Test
    void bigDirectoryShrinksAndGrows() throws Exception {
        String img = image(16, 1024);
        try (FileBlockStore store = new FileBlockStore(img, true)) {
            Ext2FileSystem fs = Ext2FileSystem.mount(store, true);
            fs.mkdir("/big");
            for (int i = 0; i < 2000; i++) {
                fs.create("/big/entry-with-a-longish-name-" + i).close();
            }
            for (int i = 0; i < 2000; i += 3) {
                fs.unlink("/big/entry-with-a-longish-name-" + i);
            }
            for (int i = 0; i < 300; i++) {
                fs.mkdir("/big/d" + i);
            }
            DirEntry[] entries = fs.list("/big");
            assertEquals(2000 - 667 + 300, entries.length);
            assertEquals(302, fs.stat("/big").links);
            FsException e = org.junit.jupiter.api.Assertions.assertThrows(FsException.class, () -> fs.rmdir("/big"));
            assertEquals(FsError.NOT_EMPTY, e.error());
            fs.close();
        }
        ExternalTool.e2fsckClean(img);
        String listing = new String(ExternalTool.ok("debugfs", "e2fsprogs", "-R", "ls -l /big", img).stdout);
        assertEquals(true, listing.contains("entry-with-a-longish-name-1999"));
    }

    @Test
    void fillingTheDiskFailsCleanly() throws Exception {
        String img = image(2, 1024);
        try (FileBlockStore store = new FileBlockStore(img, true)) {
            Ext2FileSystem fs = Ext2FileSystem.mount(store, true);
            OpenFile f = fs.create("/fill");
            FsException e = org.junit.jupiter.api.Assertions.assertThrows(FsException.class,
                    () -> f.write(0, new byte[4 << 20], 0, 4 << 20));
            assertEquals(FsError.NO_SPACE, e.error());
            assertEquals(0, fs.freeSpace());
            long size = f.size();
            fs.unlink("/fill");
            fs.close();
            org.junit.jupiter.api.Assertions.assertTrue(size > 1_500_000, "wrote " + size);
        }
        ExternalTool.e2fsckClean(img);
    }
}
