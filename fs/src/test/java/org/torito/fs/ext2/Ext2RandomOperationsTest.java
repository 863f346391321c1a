package org.torito.fs.ext2;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.torito.fs.ExternalTool;
import org.torito.fs.FileBlockStore;
import org.torito.fs.TreeModel;

/**
 * Thousands of random create/write/truncate/rename/unlink/mkdir/rmdir operations through the
 * API, checked against an in-memory model as they go, after a remount, by e2fsck -fn and by
 * what debugfs dumps.
 */
class Ext2RandomOperationsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}-byte blocks, revision {1}, {2}-byte inodes")
    @CsvSource({"1024, 1, 256, 1", "4096, 1, 128, 2", "2048, 0, 128, 3", "1024, 1, 128, 4"})
    void randomOperationsMatchTheModelAndE2fsck(int blockSize, int revision, int inodeSize, long seed) throws Exception {
        String img = dir.resolve("r.img").toString();
        try (RandomAccessFile f = new RandomAccessFile(img, "rw")) {
            f.setLength(48 << 20);
        }
        TreeModel model = new TreeModel(seed, 600_000, false);
        model.keepDirectory("/lost+found");
        ArrayDeque<String> recent = new ArrayDeque<>();
        try (FileBlockStore store = new FileBlockStore(img, true)) {
            new Ext2Formatter().blockSize(blockSize).revision(revision).inodeSize(inodeSize).format(store);
            Ext2FileSystem fs = Ext2FileSystem.mount(store, true);
            for (int i = 0; i < 3000; i++) {
                String what;
                try {
                    what = model.step(fs);
                } catch (Throwable e) {
                    throw new AssertionError("step " + i + " after " + recent, e);
                }
                recent.addLast(what);
                if (recent.size() > 8) {
                    recent.removeFirst();
                }
                if (i % 500 == 0) {
                    model.assertMatches(fs);
                }
            }
            model.assertMatches(fs);
            fs.close();
            fs = Ext2FileSystem.mount(store, false);
            model.assertMatches(fs);
            fs.close();
        }
        ExternalTool.e2fsckClean(img);
        Path dump = Files.createDirectory(dir.resolve("dump"));
        ExternalTool.ok("debugfs", "e2fsprogs", "-R", "rdump / " + dump, img);
        model.assertMatches(dump);
    }
}
