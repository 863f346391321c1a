package org.torito.examples;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The static-file web server written as for any JVM, with nothing of Torito's: the JDK's
 * {@code HttpServer} and {@code java.nio.file} (configs/fileserver-jdk.json mounts the site disk
 * at /site). It serves the tree under {@code $SITE} (else /site) on {@code $PORT} (else 80), as
 * {@link FileServer} does: GET and HEAD, content types by extension, index.html or a listing for
 * a folder (a folder asked for without its '/' is redirected), 404, single byte ranges (206,
 * 416), files of any size through a 32 KiB buffer. Each request adds a line to
 * {@code logs/access.log} under the tree when it is writable. With the argument "exit-endpoint",
 * GET /exit ends the program (tests use it).
 */
public final class JdkFileServer {
    private static final int BUFFER = 32 * 1024;

    private final Path root;
    private final OutputStream log;
    private final boolean exitEndpoint;

    private JdkFileServer(Path root, OutputStream log, boolean exitEndpoint) {
        this.root = root;
        this.log = log;
        this.exitEndpoint = exitEndpoint;
    }

    public static void main(String[] args) throws IOException {
        boolean exitEndpoint = args.length > 0 && args[0].equals("exit-endpoint");
        String site = System.getenv("SITE");
        Path root = Path.of(site == null ? "/site" : site).toAbsolutePath().normalize();
        String port = System.getenv("PORT");
        OutputStream log = openLog(root);
        JdkFileServer files = new JdkFileServer(root, log, exitEndpoint);
        HttpServer server = HttpServer.create(new InetSocketAddress(port == null ? 80 : Integer.parseInt(port)), 256);
        server.createContext("/", files::handle);
        server.start();
        System.out.println("fileserver: serving " + root + " on port " + server.getAddress().getPort()
                + (log == null ? ", read-only: no log" : ", logging to logs/access.log"));
    }

    /** The access log, appended to; null when the tree is read-only. */
    private static OutputStream openLog(Path root) {
        try {
            Path logs = Files.createDirectories(root.resolve("logs"));
            return new BufferedOutputStream(Files.newOutputStream(logs.resolve("access.log"),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND));
        } catch (IOException readOnly) {
            return null;
        }
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            String method = x.getRequestMethod();
            String target = x.getRequestURI().getRawPath();
            if (exitEndpoint && target.equals("/exit")) {
                flushLog();
                sendText(x, 200, "bye\n");
                DelayedExit.start();
                return;
            }
            int status;
            if (!method.equals("GET") && !method.equals("HEAD")) {
                x.getResponseHeaders().set("Allow", "GET, HEAD");
                status = sendText(x, 405, "only GET and HEAD\n");
            } else {
                status = serve(x, method.equals("HEAD"), target);
            }
            log(method + " " + target + " " + status + "\n");
        }
    }

    private int serve(HttpExchange x, boolean head, String target) throws IOException {
        String path = UrlPath.decode(target);
        Path file = path == null ? null : root.resolve(path.substring(1)).normalize();
        if (file == null || !file.startsWith(root)) {
            return sendText(x, 400, "bad path\n");
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                x.getResponseHeaders().set("Location", UrlPath.encode(path) + "/");
                return sendText(x, 301, "moved to " + UrlPath.encode(path) + "/\n");
            }
            Path index = file.resolve("index.html");
            if (Files.isRegularFile(index)) {
                return sendFile(x, head, index, path + "index.html");
            }
            x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            return send(x, head, 200, DirectoryListing.html(path, names(file)));
        }
        if (Files.isRegularFile(file)) {
            return sendFile(x, head, file, path);
        }
        if (Files.exists(file)) {
            return sendText(x, 403, "not a file: " + path + "\n");
        }
        return sendText(x, 404, "not found: " + path + "\n");
    }

    private static String[] names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> names = entries.map(p -> p.getFileName() + (Files.isDirectory(p) ? "/" : "")).toList();
            return names.toArray(new String[0]);
        }
    }

    private static int sendFile(HttpExchange x, boolean head, Path file, String path) throws IOException {
        long size = Files.size(file);
        long first = 0;
        long last = size - 1;
        int status = 200;
        String range = x.getRequestHeaders().getFirst("Range");
        if (range != null) {
            long[] r = ByteRange.parse(range, size);
            if (r == null) {
                x.getResponseHeaders().set("Content-Range", "bytes */" + size);
                return sendText(x, 416, "range not satisfiable\n");
            }
            if (r.length == 2) {
                first = r[0];
                last = r[1];
                status = 206;
                x.getResponseHeaders().set("Content-Range", "bytes " + first + "-" + last + "/" + size);
            }
        }
        long length = last - first + 1;
        x.getResponseHeaders().set("Content-Type", ContentTypes.of(path));
        if (head) {
            x.getResponseHeaders().set("Content-Length", Long.toString(length));
            x.sendResponseHeaders(status, -1);
            return status;
        }
        x.sendResponseHeaders(status, length == 0 ? -1 : length);
        try (InputStream in = Files.newInputStream(file); OutputStream out = x.getResponseBody()) {
            in.skipNBytes(first);
            byte[] buffer = new byte[BUFFER];
            for (long left = length; left > 0; ) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException(path + ": shorter than its size");
                }
                out.write(buffer, 0, n);
                left -= n;
            }
        }
        return status;
    }

    private static int sendText(HttpExchange x, int status, String text) throws IOException {
        x.getResponseHeaders().set("Content-Type", "text/plain");
        return send(x, false, status, text.getBytes(StandardCharsets.UTF_8));
    }

    private static int send(HttpExchange x, boolean head, int status, byte[] body) throws IOException {
        if (head) {
            x.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
        }
        x.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        }
        return status;
    }

    private void log(String line) {
        if (log == null) {
            return;
        }
        synchronized (log) {
            try {
                log.write(line.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                System.err.println("fileserver: cannot log: " + e.getMessage());
            }
        }
    }

    private void flushLog() {
        if (log != null) {
            synchronized (log) {
                try {
                    log.flush();
                } catch (IOException e) {
                    System.err.println("fileserver: cannot log: " + e.getMessage());
                }
            }
        }
    }
}
