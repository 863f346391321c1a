package org.torito.fs.ext2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.fs.ExternalTool;
import org.torito.fs.FileBlockStore;
import org.torito.fs.OpenFile;

class Ext2SmokeTest {
    @TempDir
    Path dir;

    @Test
    void formatAndWrite() throws Exception {
        String img = dir.resolve("a.img").toString();
        try (RandomAccessFile f = new RandomAccessFile(img, "rw")) {
            f.setLength(16 << 20);
        }
        try (FileBlockStore store = new FileBlockStore(img, true)) {
            new Ext2Formatter().format(store);
        }
        ExternalTool.e2fsckClean(img);
        byte[] data = new byte[300000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7);
        }
        try (FileBlockStore store = new FileBlockStore(img, true)) {
            Ext2FileSystem fs = Ext2FileSystem.mount(store, true);
            fs.mkdir("/d");
            OpenFile f = fs.create("/d/x");
            f.write(0, data, 0, data.length);
            f.close();
            fs.close();
        }
        ExternalTool.e2fsckClean(img);
        assertArrayEquals(data, ExternalTool.debugfsCat(img, "/d/x"));
    }
}
