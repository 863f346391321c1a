package org.torito.fs.fat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.torito.fs.FsError;
import org.torito.fs.FsException;
import org.torito.fs.LittleEndian;
import org.torito.fs.MemoryBlockStore;
import org.torito.fs.OpenFile;

/** Hand-made FAT corruptions fail with a message naming what is wrong. */
class FatCorruptImagesTest {
    private MemoryBlockStore store;
    private long cluster;

    @BeforeEach
    void makeImage() throws IOException {
        store = new MemoryBlockStore(new byte[8 << 20]);
        new FatFormatter().type(FatType.FAT16).format(store);
        FatFileSystem fs = FatFileSystem.mount(store, true);
        OpenFile f = fs.create("/file.bin");
        f.write(0, new byte[20_000], 0, 20_000);
        f.close();
        cluster = fs.stat("/file.bin").id;
        fs.close();
    }

    private int fatOffset(long c) {
        return LittleEndian.u16(store.bytes(), 14) * 512 + (int) c * 2;
    }

    @Test
    void noSignature() {
        store.bytes()[510] = 0;
        FsException e = assertThrows(FsException.class, () -> FatFileSystem.mount(store, false));
        assertEquals("not a FAT file system: no 0x55AA signature at byte 510", e.getMessage());
    }

    @Test
    void truncatedImage() {
        store = new MemoryBlockStore(java.util.Arrays.copyOf(store.bytes(), 4 << 20));
        FsException e = assertThrows(FsException.class, () -> FatFileSystem.mount(store, false));
        assertTrue(e.getMessage().startsWith("image truncated: the FAT boot sector says 16384 sectors"), e.getMessage());
    }

    @Test
    void chainLoop() throws IOException {
        LittleEndian.put16(store.bytes(), fatOffset(cluster + 2), (int) cluster);
        FatFileSystem fs = FatFileSystem.mount(store, false);
        FsException e = assertThrows(FsException.class, () -> fs.open("/file.bin", false).read(0, new byte[10], 0, 10));
        assertEquals(FsError.CORRUPT, e.error());
        assertEquals("FILE.BIN: cluster chain from " + cluster + " loops", e.getMessage().replace("file.bin", "FILE.BIN"));
    }

    @Test
    void clusterPastTheEnd() throws IOException {
        LittleEndian.put16(store.bytes(), fatOffset(cluster), 0xFFF0);
        FatFileSystem fs = FatFileSystem.mount(store, false);
        FsException e = assertThrows(FsException.class, () -> fs.open("/file.bin", false).read(0, new byte[10], 0, 10));
        assertTrue(e.getMessage().contains("cluster 65520 is outside the data area"), e.getMessage());
    }

    @Test
    void chainShorterThanTheSize() throws IOException {
        LittleEndian.put16(store.bytes(), fatOffset(cluster), 0xFFFF);
        FatFileSystem fs = FatFileSystem.mount(store, false);
        FsException e = assertThrows(FsException.class, () -> fs.open("/file.bin", false).read(0, new byte[10], 0, 10));
        assertTrue(e.getMessage().contains("size 20000 but only 1 clusters"), e.getMessage());
    }
}
