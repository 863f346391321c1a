package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.fs.ExternalTool;
import org.torito.fs.FileBlockStore;
import org.torito.fs.FileSystem;
import org.torito.fs.OpenFile;
import org.torito.fs.ext2.Ext2FileSystem;
import org.torito.fs.ext2.Ext2Formatter;
import org.torito.fs.fat.FatFormatter;
import org.torito.vmm.config.DiskConfig;
import org.torito.vmm.config.VmConfig;
import org.torito.vmm.machine.Machine;
import org.torito.vmm.machine.MachineOutcome;

/**
 * Plain java.io and java.nio.file on the VM's disks behave as on HotSpot: {@link JavaFilesGuest}
 * runs on HotSpot over a temporary folder and in the guest over an ext2 disk, then a FAT disk,
 * mounted at that folder's path, and the outputs must be equal byte for byte. Then e2fsck finds
 * the ext2 disk clean and debugfs reads back what the guest wrote, with the host's time.
 */
class JavaFilesGuestTest {
    private static Path image;

    @TempDir
    Path dir;

    @BeforeAll
    static void build() throws Exception {
        image = GuestImages.build(JavaFilesGuest.class);
    }

    @Test
    void sameOutputAsHotSpotOnExt2ThenDebugfsReadsTheFileBack() throws Exception {
        Path root = Files.createDirectories(dir.resolve("root"));
        String expected = hotspot(root);
        Path disk = disk("ext2.img", true);
        long before = System.currentTimeMillis() / 1000;
        String out = guest(disk, false, root, "", 1);
        long after = System.currentTimeMillis() / 1000;
        assertEquals(expected, out, "HotSpot, then the guest on ext2");
        ExternalTool.e2fsckClean(disk.toString());
        assertEquals("written by the guest through java.nio.file\n",
                new String(ExternalTool.debugfsCat(disk.toString(), "/result.txt"), StandardCharsets.UTF_8));
        long mtime = ExternalTool.debugfsMtime(disk.toString(), "/result.txt");
        assertTrue(mtime >= before - 2 && mtime <= after + 2, "result.txt's mtime " + mtime
                + " is not between the host's " + before + " and " + after + " (2 s either side)");
    }

    @Test
    void sameOutputAsHotSpotOnFat() throws Exception {
        Path root = Files.createDirectories(dir.resolve("root"));
        String expected = hotspot(root);
        assertEquals(expected, guest(disk("fat.img", false), false, root, "", 1), "HotSpot, then the guest on FAT");
    }

    @Test
    void aReadOnlyDiskRefusesEveryWrite() throws Exception {
        Path disk = disk("ro.img", true);
        try (FileBlockStore store = new FileBlockStore(disk.toString(), true)) {
            FileSystem fs = Ext2FileSystem.mount(store, true);
            OpenFile f = fs.create("/existing.txt");
            byte[] text = "already here\n".getBytes(StandardCharsets.UTF_8);
            f.write(0, text, 0, text.length);
            f.close();
            fs.close();
        }
        // As root HotSpot would write a read-only folder, so the guest's answers are spelled out.
        String out = guest(disk, true, Path.of("/srv/ro"), " readonly", 1);
        assertEquals("""
                existing: already here
                writeString: java.nio.file.AccessDeniedException: ROOT/new.txt
                writeString existing: java.nio.file.AccessDeniedException: ROOT/existing.txt
                createDirectory: java.nio.file.AccessDeniedException: ROOT/dir
                delete: java.nio.file.AccessDeniedException: ROOT/existing.txt
                move: java.nio.file.AccessDeniedException: ROOT/existing.txt
                FileOutputStream: java.io.FileNotFoundException: ROOT/existing.txt (Read-only file system)
                RandomAccessFile rw: java.io.FileNotFoundException: ROOT/new.bin (Read-only file system)
                File.delete: false mkdir false canWrite false
                """, out);
    }

    @Test
    void aWritableDiskIsCoreZerosOnly() throws Exception {
        Path disk = disk("core.img", true);
        String out = guest(disk, false, Path.of("/data"), " core1", 2);
        String refusal = "disk 0 is writable, so only core 0 may use its files (core 1 asked; each core has its own"
                + " file system cache): make the disk \"readonly\" or use it from core 0";
        assertEquals("core 0 sees the root: true\ncore 1 readString: java.io.IOException: " + refusal + "\n"
                + "core 1 FileInputStream: java.io.FileNotFoundException: ROOT/existing.txt (" + refusal + ")\n", out);
    }

    /** The program's output on this JVM's java, over {@code root}. */
    private static String hotspot(Path root) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", GuestImages.TEST_CLASSES.toString(), JavaFilesGuest.class.getName(), root.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    private String guest(Path disk, boolean readonly, Path root, String mode, int cpus) {
        VmConfig config = new VmConfig(image, cpus, 64L << 20, root + mode,
                List.of(new DiskConfig(disk, readonly, root.toString())));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        MachineOutcome outcome = new Machine(config, console, new PrintStream(errors, true, StandardCharsets.UTF_8)).run();
        String out = console.toString(StandardCharsets.UTF_8);
        assertEquals(0, outcome.exitCode(), out + errors.toString(StandardCharsets.UTF_8));
        return out;
    }

    /** A 32 MiB disk, formatted ext2 (1 KiB blocks) or FAT by the fs module's formatters. */
    private Path disk(String name, boolean ext2) throws IOException {
        Path disk = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(disk.toFile(), "rw")) {
            f.setLength(32L << 20);
        }
        try (FileBlockStore store = new FileBlockStore(disk.toString(), true)) {
            if (ext2) {
                new Ext2Formatter().blockSize(1024).format(store);
            } else {
                new FatFormatter().format(store);
            }
        }
        return disk;
    }
}
