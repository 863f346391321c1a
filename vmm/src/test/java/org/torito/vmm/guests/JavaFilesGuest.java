package org.torito.vmm.guests;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.torito.guest.Channel;
import org.torito.guest.CoreTask;
import org.torito.guest.Cores;

/**
 * Plain java.io and java.nio.file under the folder named by its first argument, run on HotSpot
 * over a temporary folder and in the guest over a disk mounted there (JavaFilesGuestTest), which
 * compares the two outputs byte for byte. It prints paths relative to that folder, and times
 * only as "recent" or not. A second argument picks another run: "readonly" tries to change a
 * read-only disk, "core1" reads a writable disk from core 1.
 */
public final class JavaFilesGuest {
    private static String root;

    private JavaFilesGuest() {
    }

    public static void main(String[] args) throws Exception {
        root = args[0];
        Path base = Paths.get(root);
        String mode = args.length > 1 ? args[1] : "";
        if (mode.equals("readonly")) {
            readOnly(base);
        } else if (mode.equals("core1")) {
            // Core 0 uses the disk first: it sets the device up for every core.
            System.out.println("core 0 sees the root: " + Files.isDirectory(base));
            Cores.start(1, OtherCore.class, root.getBytes(StandardCharsets.UTF_8));
            Channel.from(1).receive();
        } else {
            nio(base);
            javaIo(base);
            randomAccess(base);
            Files.writeString(base.resolve("result.txt"), "written by the guest through java.nio.file\n");
            System.out.println("tree: " + tree(base));
        }
    }

    /** Reads from core 1: a writable disk belongs to core 0. */
    public static final class OtherCore implements CoreTask {
        @Override
        public void run(byte[] args) {
            Path base = Paths.get(new String(args, StandardCharsets.UTF_8));
            root = base.toString();
            attempt("core 1 readString", () -> Files.readString(base.resolve("existing.txt")));
            attempt("core 1 FileInputStream", () -> new FileInputStream(new File(root, "existing.txt")).close());
            Channel.to(0).send(new byte[] {1});
        }
    }

    static void nio(Path base) throws IOException {
        Path a = base.resolve("a");
        Files.createDirectories(a.resolve("b/c"));
        System.out.println("createDirectories: " + Files.isDirectory(a.resolve("b/c")) + " " + Files.exists(a));
        Files.createDirectories(a.resolve("b"));
        Path hello = a.resolve("hello.txt");
        Files.writeString(hello, "héllo\nworld\n");
        System.out.println("readString: [" + Files.readString(hello) + "] size " + Files.size(hello));
        Files.writeString(hello, "more\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println("readAllLines: " + Files.readAllLines(hello));
        byte[] bytes = new byte[10240];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7);
        }
        Path bin = a.resolve("bytes.bin");
        Files.write(bin, bytes);
        System.out.println("readAllBytes: " + Arrays.equals(bytes, Files.readAllBytes(bin)) + " size " + Files.size(bin));
        long sum = 0;
        try (InputStream in = Files.newInputStream(bin, StandardOpenOption.READ)) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                sum += b;
            }
        }
        System.out.println("newInputStream byte sum: " + sum);
        try (BufferedWriter w = Files.newBufferedWriter(a.resolve("lines.txt"))) {
            for (int i = 0; i < 100; i++) {
                w.write("line " + i);
                w.newLine();
            }
        }
        try (BufferedReader r = Files.newBufferedReader(a.resolve("lines.txt"))) {
            String first = r.readLine();
            String second = r.readLine();
            int more = 0;
            while (r.readLine() != null) {
                more++;
            }
            System.out.println("newBufferedReader: " + first + ", " + second + ", " + more + " more");
        }
        try (OutputStream out = Files.newOutputStream(a.resolve("lines.txt"), StandardOpenOption.APPEND)) {
            out.write("appended\n".getBytes(StandardCharsets.UTF_8));
        }
        List<String> lines = Files.readAllLines(a.resolve("lines.txt"));
        System.out.println("appended: " + lines.size() + " " + lines.get(lines.size() - 1));
        Path empty = a.resolve("empty");
        Files.createFile(empty);
        System.out.println("createFile: " + Files.isRegularFile(empty) + " size " + Files.size(empty));
        attempt("createFile again", () -> Files.createFile(empty));
        attempt("createDirectory existing", () -> Files.createDirectory(a));
        attempt("createDirectory no parent", () -> Files.createDirectory(base.resolve("nope/x")));
        attempt("newOutputStream no parent", () -> Files.newOutputStream(base.resolve("nope/x")).close());
        attempt("readString missing", () -> Files.readString(base.resolve("missing.txt")));
        attempt("size missing", () -> Files.size(base.resolve("missing.txt")));
        attempt("list a file", () -> Files.list(hello).close());
        attempt("createNew existing", () -> Files.newOutputStream(hello, StandardOpenOption.CREATE_NEW).close());
        attempt("write without create", () -> Files.write(base.resolve("absent"), bytes, StandardOpenOption.WRITE));
        try (Stream<Path> s = Files.list(a)) {
            System.out.println("list: " + s.map(JavaFilesGuest::relative).sorted().collect(Collectors.toList()));
        }
        Path moved = a.resolve("b/moved.txt");
        Files.move(hello, moved);
        System.out.println("move file: " + Files.exists(hello) + " " + Files.readString(moved).length());
        Files.move(a.resolve("b/c"), a.resolve("c2"));
        System.out.println("move directory: " + Files.isDirectory(a.resolve("c2")) + " " + Files.exists(a.resolve("b/c")));
        attempt("move onto existing", () -> Files.move(moved, bin));
        Files.move(moved, bin, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("move replacing: " + Files.size(bin) + " " + Files.exists(moved));
        attempt("move missing", () -> Files.move(base.resolve("missing"), base.resolve("x")));
        attempt("delete non-empty", () -> Files.delete(a));
        attempt("delete missing", () -> Files.delete(base.resolve("missing")));
        System.out.println("deleteIfExists: " + Files.deleteIfExists(base.resolve("missing")) + " "
                + Files.deleteIfExists(empty) + " " + Files.exists(empty));
        Files.delete(a.resolve("c2"));
        BasicFileAttributes attrs = Files.readAttributes(bin, BasicFileAttributes.class);
        System.out.println("readAttributes: file " + attrs.isRegularFile() + " dir " + attrs.isDirectory() + " link "
                + attrs.isSymbolicLink() + " size " + attrs.size() + " recent " + recent(attrs.lastModifiedTime().toMillis()));
        BasicFileAttributes dir = Files.readAttributes(a, BasicFileAttributes.class);
        System.out.println("directory attributes: " + dir.isDirectory() + " " + dir.isRegularFile());
        System.out.println("getLastModifiedTime recent: " + recent(Files.getLastModifiedTime(bin).toMillis()));
        System.out.println("isDirectory/isRegularFile: " + Files.isDirectory(a) + " " + Files.isRegularFile(a) + " "
                + Files.isDirectory(bin) + " " + Files.isRegularFile(bin) + " " + Files.exists(base.resolve("no")));
    }

    static void javaIo(Path base) throws IOException {
        File dir = new File(root, "io/deep/er");
        System.out.println("mkdirs: " + dir.mkdirs() + " " + dir.isDirectory() + " again " + dir.mkdirs());
        File f = new File(dir, "data.txt");
        try (FileOutputStream out = new FileOutputStream(f)) {
            out.write("first\n".getBytes(StandardCharsets.UTF_8));
            out.write(0xFF);
        }
        try (FileOutputStream out = new FileOutputStream(f, true)) {
            out.write("second\n".getBytes(StandardCharsets.UTF_8));
        }
        System.out.println("length: " + f.length() + " exists " + f.exists() + " isFile " + f.isFile()
                + " recent " + recent(f.lastModified()));
        try (FileInputStream in = new FileInputStream(f)) {
            byte[] all = in.readAllBytes();
            System.out.println("FileInputStream: " + all.length + " bytes, byte 6 = " + (all[6] & 0xFF));
        }
        try (FileInputStream in = new FileInputStream(f)) {
            int n = 0;
            int last = 0;
            for (int b = in.read(); b >= 0; b = in.read()) {
                n++;
                last = n == 7 ? b : last;
            }
            System.out.println("read(): " + n + " bytes, byte 6 = " + last);
        }
        try (FileOutputStream out = new FileOutputStream(f)) {
            out.write("replaced\n".getBytes(StandardCharsets.UTF_8));
        }
        System.out.println("truncated by FileOutputStream: " + f.length());
        new File(dir, "b.txt").createNewFile();
        new File(dir, "sub").mkdir();
        File[] files = new File(root, "io/deep/er").listFiles();
        List<String> names = new ArrayList<>();
        for (File each : files) {
            names.add(each.getName() + (each.isDirectory() ? "/" : ""));
        }
        names.sort(null);
        System.out.println("listFiles: " + names);
        File renamed = new File(root, "io/renamed.txt");
        System.out.println("renameTo: " + f.renameTo(renamed) + " " + f.exists() + " " + renamed.exists());
        System.out.println("delete: " + renamed.delete() + " " + renamed.exists() + " non-empty "
                + new File(root, "io").delete() + " missing " + new File(root, "nope").delete());
        attempt("FileInputStream missing", () -> new FileInputStream(new File(root, "nope.txt")).close());
        attempt("FileInputStream directory", () -> new FileInputStream(new File(root, "io")).close());
        attempt("FileOutputStream no parent", () -> new FileOutputStream(new File(root, "nope/x.txt")).close());
        attempt("FileOutputStream directory", () -> new FileOutputStream(new File(root, "io")).close());
        attempt("RandomAccessFile r missing", () -> new RandomAccessFile(root + "/nope.bin", "r").close());
        System.out.println("missing file: length " + new File(root, "nope").length() + " lastModified "
                + new File(root, "nope").lastModified() + " list " + new File(root, "nope").listFiles());
    }

    static void randomAccess(Path base) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(root + "/raf.bin", "rw")) {
            raf.write("0123456789".getBytes(StandardCharsets.UTF_8));
            raf.seek(4);
            System.out.println("raf read after seek: " + (char) raf.read() + " pointer " + raf.getFilePointer());
            raf.seek(2);
            raf.write('X');
            raf.seek(20);
            raf.write(0xFE);
            System.out.println("raf length: " + raf.length());
            raf.seek(15);
            System.out.println("raf gap reads: " + raf.read() + " and at 20: " + (raf.skipBytes(4) >= 0 ? raf.read() : -2));
            raf.setLength(5);
            System.out.println("raf setLength(5): " + raf.length() + " pointer " + raf.getFilePointer());
            raf.setLength(8);
            raf.seek(0);
            byte[] all = new byte[8];
            raf.readFully(all);
            System.out.println("raf setLength(8): " + Arrays.toString(all) + " then " + raf.read());
        }
        System.out.println("raf file: " + Files.size(base.resolve("raf.bin")));
    }

    static void readOnly(Path base) {
        System.out.println("existing: " + readable(base.resolve("existing.txt")));
        attempt("writeString", () -> Files.writeString(base.resolve("new.txt"), "x"));
        attempt("writeString existing", () -> Files.writeString(base.resolve("existing.txt"), "x"));
        attempt("createDirectory", () -> Files.createDirectory(base.resolve("dir")));
        attempt("delete", () -> Files.delete(base.resolve("existing.txt")));
        attempt("move", () -> Files.move(base.resolve("existing.txt"), base.resolve("moved.txt")));
        attempt("FileOutputStream", () -> new FileOutputStream(new File(root, "existing.txt"), true).close());
        attempt("RandomAccessFile rw", () -> new RandomAccessFile(root + "/new.bin", "rw").close());
        System.out.println("File.delete: " + new File(root, "existing.txt").delete() + " mkdir "
                + new File(root, "d").mkdir() + " canWrite " + new File(root, "existing.txt").canWrite());
    }

    private static String readable(Path p) {
        try {
            return Files.readString(p).trim();
        } catch (IOException e) {
            return e.toString();
        }
    }

    interface Action {
        void run() throws Exception;
    }

    /** Runs {@code action} and prints how it failed: the exception's class and message, the root as "ROOT". */
    static void attempt(String what, Action action) {
        try {
            action.run();
            System.out.println(what + ": no exception");
        } catch (Exception e) {
            String message = String.valueOf(e.getMessage()).replace(root, "ROOT");
            System.out.println(what + ": " + e.getClass().getName() + ": " + message);
        }
    }

    private static String relative(Path p) {
        String s = p.toString();
        return s.equals(root) ? "." : s.substring(root.length() + 1);
    }

    private static boolean recent(long millis) {
        return Math.abs(System.currentTimeMillis() - millis) < 60_000;
    }

    private static List<String> tree(Path base) throws IOException {
        try (Stream<Path> s = Files.walk(base)) {
            return s.filter(p -> !p.getFileName().toString().equals("lost+found"))
                    .map(p -> relative(p) + (Files.isDirectory(p) ? "/" : " " + size(p)))
                    .sorted().collect(Collectors.toList());
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }
}
