package org.torito.fs.ext2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.torito.fs.ExternalTool;
import org.torito.fs.FileBlockStore;
import org.torito.fs.HostTree;
import org.torito.fs.OpenFile;

/** Images made by mke2fs and genext2fs read back exactly; changes we make to them pass e2fsck. */
class Ext2ExternalImagesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "mke2fs -t ext2 -b {0} -r {1} -I {2}")
    @CsvSource({"1024, 1, 256", "4096, 1, 256", "1024, 0, 128", "2048, 1, 128"})
    void readsAndWritesAnImageFromMke2fs(int blockSize, int revision, int inodeSize) throws Exception {
        Path src = HostTree.build(dir.resolve("src"), blockSize, true);
        String img = dir.resolve("m.img").toString();
        String[] args = revision == 0
                ? new String[] {"-q", "-F", "-t", "ext2", "-b", "" + blockSize, "-r", "0", "-d", src.toString(), img, "24M"}
                : new String[] {"-q", "-F", "-t", "ext2", "-b", "" + blockSize, "-I", "" + inodeSize, "-d", src.toString(), img, "24M"};
        ExternalTool.ok("mke2fs", "e2fsprogs", args);
        try (FileBlockStore store = new FileBlockStore(img, true)) {
            Ext2FileSystem fs = Ext2FileSystem.mount(store, false);
            HostTree.assertHolds(src, fs, "/lost+found");
            fs.close();

            fs = Ext2FileSystem.mount(store, true);
            byte[] data = new byte[5000];
            java.util.Arrays.fill(data, (byte) 'q');
            for (int i = 0; i < 150; i++) {
                fs.unlink("/many/file-" + (2 * i) + ".txt");
            }
            OpenFile f = fs.create("/many/added");
            f.write(0, data, 0, data.length);
            f.close();
            fs.rename("/usr/share/doc/deep", "/deep");
            fs.unlink("/deep/er/still/big.bin");
            fs.mkdir("/etc/new");
            fs.close();
        }
        ExternalTool.e2fsckClean(img);
        assertArrayEquals(Files.readAllBytes(src.resolve("many/file-1.txt")), ExternalTool.debugfsCat(img, "/many/file-1.txt"));
        assertEquals(5000, ExternalTool.debugfsCat(img, "/many/added").length);
    }

    @Test
    void readsAnImageFromGenext2fs() throws Exception {
        Path src = HostTree.build(dir.resolve("src"), 7, true);
        String img = dir.resolve("g.img").toString();
        ExternalTool.ok("genext2fs", "genext2fs", "-b", "16384", "-N", "1024", "-d", src.toString(), img);
        try (FileBlockStore store = new FileBlockStore(img, true)) {
            Ext2FileSystem fs = Ext2FileSystem.mount(store, false);
            HostTree.assertHolds(src, fs, "/lost+found");
            fs.close();
            fs = Ext2FileSystem.mount(store, true);
            fs.unlink("/usr/medium.bin");
            fs.mkdir("/more");
            fs.close();
        }
        ExternalTool.e2fsckClean(img);
    }
}
