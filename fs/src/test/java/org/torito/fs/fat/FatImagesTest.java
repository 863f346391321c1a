package org.torito.fs.fat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.torito.fs.ExternalTool;
import org.torito.fs.FileBlockStore;
import org.torito.fs.HostTree;
import org.torito.fs.OpenFile;
import org.torito.fs.TreeModel;

/** FAT images: dosfstools and mtools read what we write, and we read what they write. */
class FatImagesTest {
    @TempDir
    Path dir;

    private String blank(long bytes) throws Exception {
        String img = dir.resolve("f.img").toString();
        try (RandomAccessFile f = new RandomAccessFile(img, "rw")) {
            f.setLength(bytes);
        }
        return img;
    }

    @ParameterizedTest(name = "mkfs.fat -F {0}, {1} MiB")
    @CsvSource({"12, 4", "16, 32", "32, 64"})
    void readsAnImageFromMkfsFatAndMcopy(int bits, int megabytes) throws Exception {
        Path src = HostTree.build(dir.resolve("src"), bits, false);
        Files.delete(src.resolve("empty dir")); // mcopy copies no empty directories
        String img = blank((long) megabytes << 20);
        ExternalTool.ok("mkfs.fat", "dosfstools", "-F", "" + bits, "-n", "TORITO", img);
        for (String name : src.toFile().list()) {
            ExternalTool.ok("mcopy", "mtools", "-s", "-i", img, src.resolve(name).toString(), "::/");
        }
        try (FileBlockStore store = new FileBlockStore(img, true)) {
            FatFileSystem fs = FatFileSystem.mount(store, false);
            assertEquals("FAT" + bits, fs.type().toString());
            HostTree.assertHolds(src, fs, "/none");
            fs.close();

            fs = FatFileSystem.mount(store, true);
            for (int i = 0; i < 300; i += 2) {
                fs.unlink("/many/file-" + i + ".txt");
            }
            fs.rename("/usr/share/doc/deep", "/Deeper Still");
            OpenFile f = fs.create("/etc/conf.d/New File With A Long Name.txt");
            f.write(0, "new".getBytes(), 0, 3);
            f.close();
            fs.close();
        }
        ExternalTool.ok("fsck.fat", "dosfstools", "-n", img);
        assertArrayEquals(Files.readAllBytes(src.resolve("usr/share/doc/deep/er/still/big.bin")),
                ExternalTool.ok("mtype", "mtools", "-i", img, "::/Deeper Still/er/still/big.bin").stdout);
        assertEquals("new", new String(ExternalTool.ok("mtype", "mtools", "-i", img, "::/etc/conf.d/New File With A Long Name.txt").stdout));
    }

    @ParameterizedTest(name = "{0} on {1} MiB, seed {2}")
    @CsvSource({"FAT12, 4, 1", "FAT16, 32, 2", "FAT32, 64, 3"})
    void randomOperationsMatchTheModelFsckAndMtools(FatType type, int megabytes, long seed) throws Exception {
        String img = blank((long) megabytes << 20);
        TreeModel model = new TreeModel(seed, type == FatType.FAT12 ? 60_000 : 400_000, true);
        ArrayDeque<String> recent = new ArrayDeque<>();
        try (FileBlockStore store = new FileBlockStore(img, true)) {
            new FatFormatter().type(type).format(store);
            FatFileSystem fs = FatFileSystem.mount(store, true);
            assertEquals(type, fs.type());
            for (int i = 0; i < 2000; i++) {
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
            }
            model.assertMatches(fs);
            fs.close();
            fs = FatFileSystem.mount(store, false);
            model.assertMatches(fs);
            fs.close();
        }
        ExternalTool.ok("fsck.fat", "dosfstools", "-n", img);
        for (String path : model.files.keySet()) {
            assertArrayEquals(model.files.get(path), ExternalTool.ok("mtype", "mtools", "-i", img, "::" + path).stdout, path);
            break; // one through mtype; the rest through mcopy below
        }
        Path dump = Files.createDirectory(dir.resolve("dump"));
        ExternalTool.ok("mcopy", "mtools", "-s", "-n", "-i", img, "::/*", dump.toString());
        for (String path : model.files.keySet()) {
            assertTrue(Arrays.equals(model.files.get(path), Files.readAllBytes(Path.of(dump + path))), path);
        }
    }

    @Test
    void longNamesRoundTripThroughMtools() throws Exception {
        String img = blank(8 << 20);
        String[] names = {"a", "README.TXT", "readme2.txt", "A much longer name than eight.three", "spaces in name", "x.y.z.tar.gz",
            "ünïcödé ñame.txt", "Name-With-Exactly-Thirteen"};
        try (FileBlockStore store = new FileBlockStore(img, true)) {
            new FatFormatter().format(store);
            FatFileSystem fs = FatFileSystem.mount(store, true);
            for (String name : names) {
                OpenFile f = fs.create("/" + name);
                f.write(0, name.getBytes("UTF-8"), 0, name.getBytes("UTF-8").length);
                f.close();
            }
            fs.close();
            fs = FatFileSystem.mount(store, false);
            for (String name : names) {
                assertEquals(name, fs.stat("/" + name.toUpperCase()) != null ? find(fs, name) : null);
            }
            fs.close();
        }
        ExternalTool.ok("fsck.fat", "dosfstools", "-n", img);
        String listing = new String(ExternalTool.ok("mdir", "mtools", "-i", img, "::/").stdout);
        for (String name : names) {
            if (!name.equals("README.TXT")) {
                assertTrue(listing.contains(name), name + " in\n" + listing); // the long name, after the 8.3 alias
            }
            if (name.chars().allMatch(c -> c < 128)) {
                assertEquals(name, new String(ExternalTool.ok("mtype", "mtools", "-i", img, "::/" + name).stdout));
            }
        }
    }

    private static String find(FatFileSystem fs, String name) throws Exception {
        for (var e : fs.list("/")) {
            if (e.name.equals(name)) {
                return e.name;
            }
        }
        return null;
    }
}
