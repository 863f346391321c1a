package org.torito.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.torito.fs.ext2.Ext2FileSystem;
import org.torito.fs.ext2.Ext2Formatter;

class BlockCacheTest {
    /** Counts the requests that reach the backing store. */
    private static final class CountingStore implements BlockStore {
        final MemoryBlockStore inner;
        int reads;
        int writes;
        int flushes;

        CountingStore(int bytes) {
            inner = new MemoryBlockStore(new byte[bytes]);
        }

        @Override
        public long size() {
            return inner.size();
        }

        @Override
        public void read(long position, byte[] buffer, int offset, int length) {
            reads++;
            inner.read(position, buffer, offset, length);
        }

        @Override
        public void write(long position, byte[] buffer, int offset, int length) {
            writes++;
            inner.write(position, buffer, offset, length);
        }

        @Override
        public void flush() {
            flushes++;
        }
    }

    @Test
    void randomSectorReadsAndWritesMatchAPlainArrayThroughEvictionsAndFlush() throws Exception {
        int size = 3 * 1024 * 1024 + 1536;        // not a whole number of lines: the last one is short
        CountingStore store = new CountingStore(size);
        byte[] model = new byte[size];
        BlockCache cache = new BlockCache(store, 64 * BlockCache.LINE);
        Random random = new Random(1);
        for (int i = 0; i < 20_000; i++) {
            int sectors = 1 + random.nextInt(random.nextInt(10) == 0 ? 300 : 9);
            long at = (long) random.nextInt(size / 512 - sectors + 1) * 512;
            byte[] b = new byte[sectors * 512];
            if (random.nextBoolean()) {
                random.nextBytes(b);
                cache.write(at, b, 0, b.length);
                System.arraycopy(b, 0, model, (int) at, b.length);
            } else {
                cache.read(at, b, 0, b.length);
                assertArrayEquals(Arrays.copyOfRange(model, (int) at, (int) at + b.length), b, "read at " + at);
            }
        }
        assertTrue(cache.dirtyLines() > 0);
        cache.flush();
        assertEquals(0, cache.dirtyLines());
        assertEquals(1, store.flushes);
        assertArrayEquals(model, store.inner.bytes());
    }

    @Test
    void aSequentialReadGoesOutInReadAheadRequests() throws Exception {
        CountingStore store = new CountingStore(8 << 20);
        BlockCache cache = new BlockCache(store, 1 << 20);
        byte[] block = new byte[1024];
        for (long at = 0; at < (8 << 20); at += block.length) {
            cache.read(at, block, 0, block.length);
        }
        // 2048 lines: the first miss reads one, every later miss 32.
        assertTrue(store.reads <= 2 + 2048 / BlockCache.READ_AHEAD_LINES, "reads: " + store.reads);
    }

    @Test
    void writesStayInTheCacheUntilFlushAndGoOutCoalesced() throws Exception {
        CountingStore store = new CountingStore(4 << 20);
        BlockCache cache = new BlockCache(store, 1 << 20);
        byte[] line = new byte[BlockCache.LINE];
        Arrays.fill(line, (byte) 7);
        for (int i = 0; i < 64; i++) {
            cache.write((long) i * line.length, line, 0, line.length);
        }
        assertEquals(0, store.writes + store.reads, "whole-line writes read nothing and write nothing yet");
        cache.flush();
        assertEquals(2, store.writes, "64 contiguous lines in 128 KiB runs");
        assertEquals(7, store.inner.bytes()[63 * BlockCache.LINE]);
    }

    @Test
    void aRequestOutsideTheStoreIsRefusedByName() throws Exception {
        BlockCache cache = new BlockCache(new CountingStore(1 << 20), 1 << 20);
        FsException e = assertThrows(FsException.class, () -> cache.read(1 << 20, new byte[512], 0, 512));
        assertEquals(FsError.INVALID_ARGUMENT, e.error());
    }

    @Test
    void ext2ThroughASmallCacheEndsIdenticalToExt2Straight() throws Exception {
        byte[] plain = new byte[16 << 20];
        MemoryBlockStore direct = new MemoryBlockStore(plain);
        new Ext2Formatter().blockSize(1024).format(direct);
        byte[] cached = plain.clone();
        CountingStore backing = new CountingStore(cached.length);
        System.arraycopy(cached, 0, backing.inner.bytes(), 0, cached.length);
        BlockCache cache = new BlockCache(backing, 256 * 1024);
        FileSystem a = Ext2FileSystem.mount(direct, true);
        FileSystem b = Ext2FileSystem.mount(cache, true);
        Random random = new Random(3);
        for (FileSystem fs : new FileSystem[] {a, b}) {
            random.setSeed(3);
            fs.mkdir("/d");
            for (int i = 0; i < 200; i++) {
                byte[] data = new byte[random.nextInt(40_000)];
                random.nextBytes(data);
                OpenFile f = fs.create("/d/f" + (i % 50));
                f.write(0, data, 0, data.length);
                f.close();
            }
        }
        a.close();
        b.close();
        assertEquals(0, cache.dirtyLines());
        // What reached the backing store mounts and reads back as what ext2 wrote straight.
        FileSystem straight = Ext2FileSystem.mount(direct, false);
        FileSystem through = Ext2FileSystem.mount(backing.inner, false);
        for (int i = 0; i < 50; i++) {
            assertArrayEquals(read(straight, "/d/f" + i), read(through, "/d/f" + i), "/d/f" + i);
        }
        straight.close();
        through.close();
    }

    private static byte[] read(FileSystem fs, String path) throws Exception {
        OpenFile f = fs.open(path, false);
        byte[] b = new byte[(int) f.size()];
        int at = 0;
        while (at < b.length) {
            at += f.read(at, b, at, b.length - at);
        }
        f.close();
        return b;
    }
}
