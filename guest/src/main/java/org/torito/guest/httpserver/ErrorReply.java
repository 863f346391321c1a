package org.torito.guest.httpserver;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The answers the server gives itself, before any handler: the JDK's "<h1>404 Not Found</h1>No
 * context found for request" pages with Content-Length, Content-Type: text/html and
 * Connection: close (the connection closes after them), and the interim 100 Continue.
 */
final class ErrorReply {
    private ErrorReply() {
    }

    static void reject(OutputStream out, int code, String message) throws IOException {
        String page = "<h1>" + code + " " + StatusText.reason(code) + "</h1>" + message;
        write(out, StatusText.statusLine(code) + "\r\nContent-Length: " + page.length()
                + "\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n" + page);
    }

    static void sendContinue(OutputStream out) throws IOException {
        write(out, StatusText.statusLine(100) + "\r\nContent-Length: 0\r\n\r\n");
    }

    private static void write(OutputStream out, String reply) throws IOException {
        out.write(reply.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
