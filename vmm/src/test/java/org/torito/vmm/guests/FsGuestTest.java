package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.torito.fs.ExternalTool;
import org.torito.fs.HostTree;

/**
 * The guest's file systems end to end: the FileServer example through the port forward, random
 * operations checked by e2fsck/fsck.fat and read back with debugfs/mtools, images made by the
 * host's tools read in the guest, and corrupt images refused at mount.
 */
class FsGuestTest {
    private static final int MIB = 1 << 20;

    @TempDir
    Path dir;

    // ---- the file server

    private Path site() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("docs/sub dir"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>t</title><h1>The index</h1>\n");
        Files.writeString(site.resolve("style.css"), "body { color: #123; }\n");
        Files.writeString(site.resolve("docs/a.txt"), "a\n");
        Files.writeString(site.resolve("docs/sub dir/b.json"), "{}\n");
        byte[] big = new byte[10 * MIB];
        new Random(10).nextBytes(big);
        Files.write(site.resolve("big.bin"), big);
        Files.createDirectories(site.resolve("logs"));
        return site;
    }

    private record Server(int port, Path image, CompletableFuture<CliRun> vm) {
    }

    private Server startServer() throws Exception {
        Path image = dir.resolve("site.img");
        CliRun made = CliRun.execute("image", "ext2", site().toString(), image.toString(), "--size", "48M");
        assertEquals(0, made.exitCode(), made.errors());
        int port = HttpGuestTest.freePort();
        Path config = dir.resolve("fileserver.json");
        Files.writeString(config, "{\"kernel\": \"" + GuestImages.example("fileserver") + "\", \"cpus\": 1, "
                + "\"memory\": \"256M\", \"disks\": [{\"path\": \"" + image + "\"}], \"nets\": [{\"backend\": \"user\", "
                + "\"forwards\": [{\"host\": \"127.0.0.1:" + port + "\", \"guest\": 80, \"proto\": \"tcp\"}]}]}");
        CompletableFuture<CliRun> vm = CompletableFuture.supplyAsync(
                () -> CliRun.execute("run", config.toString(), "--", "exit-endpoint"));
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                if (exchange(s, "GET /style.css HTTP/1.1\r\nHost: x\r\n\r\n").status == 200) {
                    return new Server(port, image, vm);
                }
            } catch (IOException e) {
                if (vm.isDone() || System.nanoTime() > giveUp) {
                    throw new AssertionError("the file server did not answer: " + (vm.isDone() ? vm.get() : e));
                }
                Thread.sleep(100);
            }
        }
    }

    private static CliRun stop(Server server) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            assertEquals(200, exchange(s, "GET /exit HTTP/1.1\r\nHost: x\r\n\r\n").status);
        }
        CliRun run = server.vm().get(60, TimeUnit.SECONDS);
        assertEquals(0, run.exitCode(), run.console() + run.errors());
        return run;
    }

    private record Response(int status, String headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static Response exchange(Socket s, String request) throws IOException {
        s.setSoTimeout(30_000);
        OutputStream out = s.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = s.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed in the response head: " + head);
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        int status = Integer.parseInt(headers.substring(9, 12));
        long length = 0;
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Long.parseLong(line.substring(15).trim());
            }
        }
        byte[] body = request.startsWith("HEAD ") ? new byte[0] : in.readNBytes((int) length);
        if (body.length != (request.startsWith("HEAD ") ? 0 : length)) {
            throw new IOException("short body: " + body.length + " of " + length);
        }
        return new Response(status, headers, body);
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    @Test
    @Timeout(300)
    void theFileServerServesTenMibIntactTheIndexA404AListingAndARange() throws Exception {
        long started = System.currentTimeMillis() / 1000;
        Server server = startServer();
        int requests = 1;                       // the start-up probe
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            Response index = exchange(s, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            assertEquals(200, index.status());
            assertTrue(index.headers().contains("Content-Type: text/html"), index.headers());
            assertEquals(Files.readString(dir.resolve("site/index.html")), index.text());

            Response big = exchange(s, "GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n");
            assertEquals(200, big.status());
            assertEquals(sha256(Files.readAllBytes(dir.resolve("site/big.bin"))), sha256(big.body()));

            Response missing = exchange(s, "GET /no/such/file.html HTTP/1.1\r\nHost: x\r\n\r\n");
            assertEquals(404, missing.status());

            Response listing = exchange(s, "GET /docs/ HTTP/1.1\r\nHost: x\r\n\r\n");
            assertEquals(200, listing.status());
            assertTrue(listing.text().contains("<a href=\"a.txt\">a.txt</a>"), listing.text());
            assertTrue(listing.text().contains("<a href=\"sub%20dir/\">sub dir/</a>"), listing.text());

            Response json = exchange(s, "GET /docs/sub%20dir/b.json HTTP/1.1\r\nHost: x\r\n\r\n");
            assertEquals("{}\n", json.text());
            assertTrue(json.headers().contains("Content-Type: application/json"), json.headers());

            Response range = exchange(s, "GET /big.bin HTTP/1.1\r\nHost: x\r\nRange: bytes=5000000-5000099\r\n\r\n");
            assertEquals(206, range.status());
            byte[] whole = Files.readAllBytes(dir.resolve("site/big.bin"));
            assertArrayEquals(java.util.Arrays.copyOfRange(whole, 5_000_000, 5_000_100), range.body());
            assertTrue(range.headers().contains("Content-Range: bytes 5000000-5000099/" + whole.length), range.headers());
            requests += 6;
        }
        stop(server);
        long stopped = System.currentTimeMillis() / 1000;
        ExternalTool.e2fsckClean(server.image().toString());
        // The guest's clock is the host's (boot info wall clock): the log's inode says when it was written.
        long written = ExternalTool.debugfsMtime(server.image().toString(), "/logs/access.log");
        assertTrue(written >= started - 2 && written <= stopped + 2, "the log's mtime " + written
                + " is not between the host's " + started + " and " + stopped + " (2 s either side)");
        String log = new String(ExternalTool.debugfsCat(server.image().toString(), "/logs/access.log"),
                StandardCharsets.UTF_8);
        String[] lines = log.split("\n");
        assertEquals(requests, lines.length, log);
        assertTrue(lines[2].startsWith("10.0.2.2 \"GET /big.bin\" 200 10485760 "), lines[2]);
        assertTrue(lines[3].startsWith("10.0.2.2 \"GET /no/such/file.html\" 404 "), lines[3]);
    }

    @Test
    @Timeout(600)
    void tenThousandKeepAliveRequestsLeaveTenThousandLogLinesAfterACleanExit() throws Exception {
        long started = System.currentTimeMillis() / 1000;
        Server server = startServer();
        int clients = 4;
        int each = 2500;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    int ok = 0;
                    try (Socket s = new Socket("127.0.0.1", server.port())) {
                        for (int i = 0; i < each; i++) {
                            Response r = exchange(s, "GET /docs/a.txt HTTP/1.1\r\nHost: x\r\n\r\n");
                            if (r.status() == 200 && r.text().equals("a\n")) {
                                ok++;
                            }
                        }
                    }
                    return ok;
                }));
            }
            for (Future<Integer> f : done) {
                assertEquals(each, f.get(300, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        stop(server);
        long stopped = System.currentTimeMillis() / 1000;
        ExternalTool.e2fsckClean(server.image().toString());
        // The guest's clock is the host's (boot info wall clock): the log's inode says when it was written.
        long written = ExternalTool.debugfsMtime(server.image().toString(), "/logs/access.log");
        assertTrue(written >= started - 2 && written <= stopped + 2, "the log's mtime " + written
                + " is not between the host's " + started + " and " + stopped + " (2 s either side)");
        String log = new String(ExternalTool.debugfsCat(server.image().toString(), "/logs/access.log"),
                StandardCharsets.UTF_8);
        long lines = log.lines().count();
        assertEquals(1 + clients * each, lines, "the start-up probe and every request");
        assertEquals(clients * each, log.lines().filter(l -> l.contains("\"GET /docs/a.txt\" 200 2 ")).count());
    }

    // ---- random operations

    private CliRun guest(Path image, String... args) throws Exception {
        Path config = dir.resolve("fs-guest.json");
        Files.writeString(config, "{\"kernel\": \"" + GuestImages.build(FsGuest.class) + "\", \"memory\": \"128M\", "
                + "\"disks\": [{\"path\": \"" + image + "\"}]}");
        List<String> all = new ArrayList<>(List.of("run", config.toString(), "--"));
        all.addAll(List.of(args));
        return CliRun.execute(all.toArray(String[]::new));
    }

    private static void assertTreeHolds(Path dump, FsOperations model, String ignored) throws IOException {
        List<String> dirs = new ArrayList<>();
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dump)) {
            for (Path p : walk.sorted().toList()) {
                String name = "/" + dump.relativize(p).toString();
                if (p.equals(dump) || name.equals(ignored) || name.startsWith(ignored + "/")) {
                    continue;
                }
                (Files.isDirectory(p) ? dirs : files).add(name);
            }
        }
        List<String> expectedDirs = new ArrayList<>(model.dirs);
        expectedDirs.remove("/");
        assertEquals(expectedDirs, dirs.stream().sorted().toList());
        assertEquals(new ArrayList<>(model.files.keySet()), files.stream().sorted().toList());
        for (String f : model.files.keySet()) {
            assertArrayEquals(model.files.get(f), Files.readAllBytes(Path.of(dump + f)), f);
        }
    }

    @Test
    @Timeout(600)
    void thousandsOfOperationsOnExt2PassE2fsckAndReadBackAsTheModelSays() throws Exception {
        Path image = dir.resolve("ops.img");
        ExternalTool.ok("mke2fs", "e2fsprogs", "-q", "-F", "-t", "ext2", "-b", "1024", image.toString(), "64M");
        long seed = 6;
        int count = 3000;
        CliRun run = guest(image, "ops", Long.toString(seed), Integer.toString(count));
        FsOperations model = new FsOperations(seed);
        int[] done = model.run(count, null);
        assertEquals(FsGuest.summary(model, done) + "\n", run.console(), run.errors());
        assertEquals(0, run.exitCode(), run.errors());
        ExternalTool.e2fsckClean(image.toString());
        Path dump = Files.createDirectory(dir.resolve("dump"));
        ExternalTool.ok("debugfs", "e2fsprogs", "-R", "rdump / " + dump, image.toString());
        assertTreeHolds(dump, model, "/lost+found");
    }

    @Test
    @Timeout(600)
    void operationsOnFat32PassFsckFatAndReadBackThroughMtools() throws Exception {
        Path image = dir.resolve("ops-fat.img");
        try (RandomAccessFile f = new RandomAccessFile(image.toFile(), "rw")) {
            f.setLength(64L * MIB);
        }
        ExternalTool.ok("mkfs.fat", "dosfstools", "-F", "32", "-n", "TORITO", image.toString());
        long seed = 32;
        int count = 1500;
        CliRun run = guest(image, "ops", Long.toString(seed), Integer.toString(count));
        FsOperations model = new FsOperations(seed);
        int[] done = model.run(count, null);
        assertEquals(FsGuest.summary(model, done) + "\n", run.console(), run.errors());
        assertEquals(0, run.exitCode(), run.errors());
        ExternalTool.ok("fsck.fat", "dosfstools", "-n", image.toString());
        String first = model.files.firstKey();
        assertArrayEquals(model.files.get(first),
                ExternalTool.ok("mtype", "mtools", "-i", image.toString(), "::" + first).stdout, first);
        Path dump = Files.createDirectory(dir.resolve("dump"));
        if (!model.files.isEmpty() || model.dirs.size() > 1) {
            ExternalTool.ok("mcopy", "mtools", "-s", "-n", "-i", image.toString(), "::/*", dump.toString());
        }
        assertTreeHolds(dump, model, "/none");
    }

    // ---- images made by the host's tools

    private static String hostListing(Path src, String kind) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(src)) {
            for (Path p : walk.toList()) {
                if (p.equals(src)) {
                    continue;
                }
                String name = "/" + src.relativize(p);
                lines.add(Files.isDirectory(p) ? "D " + name
                        : "F " + name + " " + Files.size(p) + " " + sha256(Files.readAllBytes(p)));
            }
        }
        List<String> sorted = new ArrayList<>(lines.stream().sorted().toList());
        sorted.add(0, "kind " + kind);
        return String.join("\n", sorted) + "\n";
    }

    private static String withoutLostAndFound(String console) {
        StringBuilder s = new StringBuilder();
        for (String line : console.split("\n")) {
            if (!line.equals("D /lost+found")) {
                s.append(line).append('\n');
            }
        }
        return s.toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mke2fs", "genext2fs", "mkfs.fat"})
    @Timeout(600)
    void imagesFromTheHostsToolsAreReadByTheGuest(String tool) throws Exception {
        Path src = HostTree.build(dir.resolve("src"), 11, false);
        Path image = dir.resolve("host.img");
        String kind = "ext2";
        switch (tool) {
            case "mke2fs" -> ExternalTool.ok("mke2fs", "e2fsprogs", "-q", "-F", "-t", "ext2", "-d", src.toString(),
                    image.toString(), "24M");
            case "genext2fs" -> ExternalTool.ok("genext2fs", "genext2fs", "-b", "16384", "-N", "1024", "-d",
                    src.toString(), image.toString());
            default -> {
                kind = "fat";
                Files.delete(src.resolve("empty dir"));   // mcopy copies no empty directories
                try (RandomAccessFile f = new RandomAccessFile(image.toFile(), "rw")) {
                    f.setLength(32L * MIB);
                }
                ExternalTool.ok("mkfs.fat", "dosfstools", "-F", "16", "-n", "TORITO", image.toString());
                for (String name : src.toFile().list()) {
                    ExternalTool.ok("mcopy", "mtools", "-s", "-i", image.toString(), src.resolve(name).toString(), "::/");
                }
            }
        }
        CliRun run = guest(image, "tree");
        assertEquals(0, run.exitCode(), run.console() + run.errors());
        assertEquals(hostListing(src, kind), withoutLostAndFound(run.console()));
    }

    // ---- bad images

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zeros", "truncated ext2", "ext2 with a bad group table", "fat with no sectors per cluster"})
    @Timeout(300)
    void aCorruptOrTruncatedImageIsAClearErrorAtMount(String what) throws Exception {
        Path image = dir.resolve("bad.img");
        String expected;
        switch (what) {
            case "zeros" -> {
                Files.write(image, new byte[MIB]);
                expected = "error: disk 0: unknown file system";
            }
            case "truncated ext2" -> {
                ExternalTool.ok("mke2fs", "e2fsprogs", "-q", "-F", "-t", "ext2", image.toString(), "16M");
                try (RandomAccessFile f = new RandomAccessFile(image.toFile(), "rw")) {
                    f.setLength(MIB);
                }
                expected = "error: disk 0: ";
            }
            case "ext2 with a bad group table" -> {
                ExternalTool.ok("mke2fs", "e2fsprogs", "-q", "-F", "-t", "ext2", "-b", "1024", image.toString(), "16M");
                try (RandomAccessFile f = new RandomAccessFile(image.toFile(), "rw")) {
                    f.seek(2048 + 8);                    // group 0's inode table: far past the end
                    f.write(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F});
                }
                expected = "error: disk 0: ";
            }
            default -> {
                try (RandomAccessFile f = new RandomAccessFile(image.toFile(), "rw")) {
                    f.setLength(8L * MIB);
                }
                ExternalTool.ok("mkfs.fat", "dosfstools", image.toString());
                try (RandomAccessFile f = new RandomAccessFile(image.toFile(), "rw")) {
                    f.seek(13);                          // BPB sectors per cluster
                    f.write(0);
                }
                expected = "error: disk 0: ";
            }
        }
        CliRun run = guest(image, "tree");
        assertEquals(3, run.exitCode(), run.console() + run.errors());
        assertTrue(run.console().startsWith(expected) && run.console().lines().count() == 1, run.console());
        assertEquals("", run.errors());
    }
}
