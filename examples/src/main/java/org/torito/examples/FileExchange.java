package org.torito.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.torito.fs.DirEntry;
import org.torito.fs.FileStat;
import org.torito.fs.FileType;
import org.torito.fs.FsError;
import org.torito.fs.FsException;
import org.torito.tcpip.TcpConnection;

/**
 * One HTTP/1.1 connection of {@link FileServer}: GET and HEAD only, request bodies are not
 * expected (a Content-Length body is read and dropped). A file's body is read from the volume
 * as the send buffer frees up, so any size streams through the 32 KiB scratch buffer. Keep-alive
 * unless either side asked to close.
 */
final class FileExchange {
    private static final int MAX_HEAD = 8192;

    private final TcpConnection connection;
    private final FileServer server;
    private final byte[] head = new byte[MAX_HEAD];
    private int headLength;
    private long bodyLeft;
    private boolean inBody;
    private String method;
    private String target;
    private String range;
    private boolean keepAlive;
    // The response in progress: fixed bytes, then (maybe) a file's bytes.
    private byte[] out;
    private int outPosition;
    private InputStream file;
    private long fileLeft;
    private boolean responding;
    private boolean closeAfter;
    private boolean exitAfter;
    private boolean peerDone;
    /** Bytes of the next request that arrived with this one; parsed once the response is out. */
    private byte[] pending;

    FileExchange(TcpConnection connection, FileServer server) {
        this.connection = connection;
        this.server = server;
    }

    /** New bytes, the end of the peer's data, or room to send: do what can be done now. */
    void progress(byte[] scratch) {
        while (true) {
            if (responding && !flush(scratch)) {
                return;
            }
            if (closeAfter || peerDone) {
                release();
                connection.close();
                return;
            }
            int n = connection.read(scratch, 0, scratch.length);
            if (n < 0) {
                peerDone = true;
                continue;
            }
            if (n == 0) {
                return;
            }
            consume(scratch, 0, n);
        }
    }

    /** The connection is gone: close the file being sent. */
    void release() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                // The volume may be unmounting; nothing left to do for this connection.
            }
            file = null;
        }
    }

    private void consume(byte[] b, int off, int len) {
        int end = off + len;
        int at = off;
        while (at < end) {
            if (inBody) {
                int n = (int) Math.min(bodyLeft, end - at);
                bodyLeft -= n;
                at += n;
            } else {
                if (headLength == MAX_HEAD) {
                    respondText(431, "request head too large\n", false);
                    closeAfter = true;
                    return;
                }
                head[headLength++] = b[at++];
                if (headLength >= 4 && head[headLength - 1] == '\n' && head[headLength - 2] == '\r'
                        && head[headLength - 3] == '\n' && head[headLength - 4] == '\r') {
                    if (!parseHead()) {
                        return;
                    }
                    inBody = true;
                }
            }
            if (inBody && bodyLeft == 0) {
                inBody = false;
                headLength = 0;
                answer();
                if (at < end) {
                    pending = Arrays.copyOfRange(b, at, end);
                }
                return;
            }
        }
    }

    private boolean parseHead() {
        HttpHead parsed = HttpHead.parse(head, headLength);
        if (parsed.error != null) {
            // For the log line: a head whose request line did not parse has neither method nor target.
            method = parsed.method == null ? "?" : parsed.method;
            target = parsed.method == null ? parsed.requestLine : parsed.target;
            respondText(parsed.unsupported ? 501 : 400, parsed.error + "\n", false);
            closeAfter = true;
            return false;
        }
        method = parsed.method;
        target = parsed.target;
        keepAlive = parsed.keepAlive;
        range = parsed.range;
        bodyLeft = parsed.contentLength;
        return true;
    }

    private void answer() {
        boolean head = method.equals("HEAD");
        if (server.exitEndpoint() && target.equals("/exit")) {
            respond(200, "text/plain", "bye\n".getBytes(StandardCharsets.UTF_8), false, false);
            exitAfter = true;
            return;
        }
        if (!head && !method.equals("GET")) {
            respondText(405, "only GET and HEAD\n", keepAlive);
            return;
        }
        String path = UrlPath.decode(target);
        if (path == null) {
            respondText(400, "bad path\n", keepAlive);
            return;
        }
        try {
            FileStat stat = server.volume().stat(path);
            if (stat.type == FileType.DIRECTORY) {
                if (!path.endsWith("/")) {
                    redirect(UrlPath.encode(path) + "/");
                    return;
                }
                String index = path + "index.html";
                if (server.volume().isRegularFile(index)) {
                    sendFile(index, server.volume().stat(index), head);
                } else {
                    respond(200, "text/html; charset=utf-8", listing(path), head, keepAlive);
                }
            } else if (stat.type == FileType.REGULAR) {
                sendFile(path, stat, head);
            } else {
                respondText(403, "not a file: " + path + "\n", keepAlive);
            }
        } catch (FsException e) {
            if (e.error() == FsError.NOT_FOUND || e.error() == FsError.NOT_DIRECTORY
                    || e.error() == FsError.INVALID_ARGUMENT) {
                respondText(404, "not found: " + path + "\n", keepAlive);
            } else {
                respondText(500, e.getMessage() + "\n", keepAlive);
            }
        } catch (IOException e) {
            respondText(500, e.getMessage() + "\n", keepAlive);
        }
    }

    private void sendFile(String path, FileStat stat, boolean headOnly) throws IOException {
        long size = stat.size;
        long first = 0;
        long last = size - 1;
        int status = 200;
        if (range != null) {
            long[] r = ByteRange.parse(range, size);
            if (r == null) {
                respondHead(416, "text/plain", 0, keepAlive, "Content-Range: bytes */" + size + "\r\n");
                log(416, 0);
                return;
            }
            if (r.length == 2) {
                first = r[0];
                last = r[1];
                status = 206;
            }
        }
        long length = last - first + 1;
        respondHead(status, ContentTypes.of(path), length, keepAlive, status == 206
                ? "Content-Range: bytes " + first + "-" + last + "/" + size + "\r\n" : "");
        log(status, headOnly ? 0 : length);
        if (headOnly || length == 0) {
            return;
        }
        file = server.volume().newInputStream(path);
        if (file.skip(first) != first) {
            throw new FsException(FsError.CORRUPT, path + ": shorter than its size");
        }
        fileLeft = length;
    }

    private byte[] listing(String dir) throws IOException {
        DirEntry[] entries = server.volume().entries(dir);
        String[] names = new String[entries.length];
        for (int i = 0; i < entries.length; i++) {
            names[i] = entries[i].type == FileType.DIRECTORY ? entries[i].name + "/" : entries[i].name;
        }
        return DirectoryListing.html(dir, names);
    }

    private void redirect(String location) {
        byte[] body = ("moved to " + location + "\n").getBytes(StandardCharsets.UTF_8);
        respondHead(301, "text/plain", body.length, keepAlive, "Location: " + location + "\r\n");
        appendBody(body, false);
        log(301, body.length);
    }

    private void respondText(int status, String body, boolean keep) {
        respond(status, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8), false, keep);
    }

    private void respond(int status, String type, byte[] body, boolean headOnly, boolean keep) {
        respondHead(status, type, body.length, keep, "");
        appendBody(body, headOnly);
        if (!exitAfterThis()) {
            log(status, headOnly ? 0 : body.length);
        }
    }

    private boolean exitAfterThis() {
        return server.exitEndpoint() && "/exit".equals(target);
    }

    private void log(int status, long bytes) {
        server.logRequest(connection, method, target, status, bytes);
    }

    private void appendBody(byte[] body, boolean headOnly) {
        if (headOnly || body.length == 0) {
            return;
        }
        byte[] both = Arrays.copyOf(out, out.length + body.length);
        System.arraycopy(body, 0, both, out.length, body.length);
        out = both;
    }

    private void respondHead(int status, String type, long length, boolean keep, String extra) {
        String text = "HTTP/1.1 " + status + " " + reason(status) + "\r\nServer: torito\r\nContent-Type: " + type
                + "\r\nContent-Length: " + length + "\r\nAccept-Ranges: bytes\r\n" + extra
                + (keep ? "" : "Connection: close\r\n") + "\r\n";
        out = text.getBytes(StandardCharsets.ISO_8859_1);
        outPosition = 0;
        fileLeft = 0;
        responding = true;
        closeAfter |= !keep;
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 206 -> "Partial Content";
            case 301 -> "Moved Permanently";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 416 -> "Range Not Satisfiable";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            default -> "Not Implemented";
        };
    }

    /** Writes what fits; true when the response is out. */
    private boolean flush(byte[] scratch) {
        while (outPosition < out.length) {
            int n = connection.write(out, outPosition, out.length - outPosition);
            if (n < 0) {
                return broken();
            }
            if (n == 0) {
                return false;
            }
            outPosition += n;
        }
        while (fileLeft > 0) {
            int room = Math.min(connection.writable(), scratch.length);
            if (room <= 0) {
                return false;
            }
            int want = (int) Math.min(room, fileLeft);
            int n;
            try {
                n = file.read(scratch, 0, want);
            } catch (IOException e) {
                System.err.println("fileserver: " + target + ": " + e.getMessage());
                n = -1;
            }
            if (n <= 0) {
                // The file shrank or failed under us: the length promised cannot be kept.
                return broken();
            }
            int taken = connection.write(scratch, 0, n);
            if (taken != n) {
                return broken();
            }
            fileLeft -= n;
        }
        release();
        responding = false;
        if (exitAfter) {
            System.exit(0);
        }
        if (pending != null) {
            byte[] next = pending;
            pending = null;
            consume(next, 0, next.length);
            return !responding || flush(scratch);
        }
        return true;
    }

    private boolean broken() {
        release();
        connection.abort();
        responding = false;
        closeAfter = true;
        fileLeft = 0;
        return false;
    }
}
