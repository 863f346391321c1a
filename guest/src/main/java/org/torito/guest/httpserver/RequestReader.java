package org.torito.guest.httpserver;

import java.io.BufferedInputStream;
import java.io.IOException;

import com.sun.net.httpserver.Headers;

/**
 * Reads a request's head the way the JDK's server does, so both take the same requests apart:
 * the request line ends only at CRLF (a lone CR or LF stays in it) and blank lines before it are
 * skipped; a header line ends at CR, LF or CRLF, a line starting with a space or tab continues the
 * one before (joined by a space), tabs count as spaces, the name runs to the first colon unless
 * whitespace comes first (then the name is empty, which the connection rejects), the value is
 * trimmed. Bytes are ISO-8859-1 characters. Over {@link #MAX_HEADERS} fields or
 * {@link #MAX_HEAD_SIZE} bytes is an IOException (the JDK's limits), and the connection closes.
 */
final class RequestReader {
    static final int MAX_HEADERS = 200;
    static final int MAX_HEAD_SIZE = 384 * 1024;
    private static final int CR = '\r';
    private static final int LF = '\n';

    private final BufferedInputStream in;
    private int size;

    RequestReader(BufferedInputStream in) {
        this.in = in;
    }

    /** The next request's head, or null when the stream ends before a request line. */
    RequestHead read() throws IOException {
        size = 0;
        String requestLine;
        do {
            requestLine = requestLine();
            if (requestLine == null) {
                return null;
            }
        } while (requestLine.isEmpty());
        Headers headers = new Headers();
        StringBuilder field = headerLine();
        while (field != null && field.length() > 0) {
            StringBuilder next = headerLine();
            while (next != null && next.length() > 0 && next.charAt(0) == ' ') {
                field.append(' ').append(next, 1, next.length());
                next = headerLine();
            }
            if (headers.size() >= MAX_HEADERS) {
                throw new IOException("more than " + MAX_HEADERS + " request headers");
            }
            add(headers, field);
            field = next;
        }
        return new RequestHead(requestLine, headers);
    }

    private static void add(Headers headers, StringBuilder field) {
        int end = field.length();
        while (end > 0 && field.charAt(end - 1) <= ' ') {
            end--;
        }
        int colon = -1;
        for (int i = 0; i < end; i++) {
            char c = field.charAt(i);
            if (c == ':') {
                colon = i;
                break;
            }
            if (c == ' ') {
                break;
            }
        }
        String name = colon > 0 ? field.substring(0, colon) : "";
        int value = colon > 0 ? colon + 1 : 0;
        while (value < end && field.charAt(value) <= ' ') {
            value++;
        }
        headers.add(name, field.substring(value, end));
    }

    private String requestLine() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean cr = false;
        while (true) {
            int c = next();
            if (c < 0) {
                return null;
            }
            if (cr && c == LF) {
                return line.toString();
            }
            if (cr) {
                line.append('\r');
            }
            cr = c == CR;
            if (!cr) {
                line.append((char) c);
            }
        }
    }

    /** One header line, tabs as spaces; null at the end of the stream. */
    private StringBuilder headerLine() throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int c = next();
            if (c < 0) {
                return line.length() == 0 ? null : line;
            }
            if (c == CR || c == LF) {
                if (c == CR) {
                    in.mark(1);
                    if (in.read() != LF) {
                        in.reset();
                    }
                }
                return line;
            }
            line.append(c == '\t' ? ' ' : (char) c);
        }
    }

    private int next() throws IOException {
        if (++size > MAX_HEAD_SIZE) {
            throw new IOException("request head over " + MAX_HEAD_SIZE + " bytes");
        }
        return in.read();
    }
}
