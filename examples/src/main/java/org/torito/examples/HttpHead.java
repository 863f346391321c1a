package org.torito.examples;

/**
 * A parsed HTTP/1.x request head: the request line and the four headers the examples' servers
 * act on (HttpExchange, FileExchange).
 * Parsed from the bytes in one pass, without regular expressions or a string per line: with
 * String.split and friends, parsing cost more guest time than the TCP work of a small request.
 */
final class HttpHead {
    /** Why the head was refused, or null when it parsed. */
    final String error;
    /** 501 rather than 400: the request is valid, the server does not do it. */
    final boolean unsupported;
    /** The first line as it came, for logs, whether or not it parsed. */
    final String requestLine;
    /** Null when the request line did not parse. */
    final String method;
    final String target;
    final long contentLength;
    final boolean keepAlive;
    /** The Range header's value, or null (only the file server serves ranges). */
    final String range;

    private HttpHead(String error, boolean unsupported, String requestLine, String method, String target,
                     long contentLength, boolean keepAlive, String range) {
        this.error = error;
        this.unsupported = unsupported;
        this.requestLine = requestLine;
        this.method = method;
        this.target = target;
        this.contentLength = contentLength;
        this.keepAlive = keepAlive;
        this.range = range;
    }

    /** Parses {@code b[0, length)}, a head ending in CRLF CRLF. */
    static HttpHead parse(byte[] b, int length) {
        int lineEnd = lineEnd(b, 0, length);
        String requestLine = ascii(b, 0, lineEnd);
        int firstSpace = indexOf(b, 0, lineEnd, (byte) ' ');
        int secondSpace = firstSpace < 0 ? -1 : indexOf(b, firstSpace + 1, lineEnd, (byte) ' ');
        if (firstSpace <= 0 || secondSpace <= firstSpace + 1 || indexOf(b, secondSpace + 1, lineEnd, (byte) ' ') >= 0
                || !startsWith(b, secondSpace + 1, lineEnd, "HTTP/1.")) {
            return new HttpHead("bad request line", false, requestLine, null, null, 0, false, null);
        }
        String method = ascii(b, 0, firstSpace);
        String target = ascii(b, firstSpace + 1, secondSpace);
        boolean keepAlive = lineEnd - (secondSpace + 1) == 8 && b[lineEnd - 1] == '1';
        long contentLength = 0;
        String range = null;
        int at = lineEnd + 2;
        while (at < length) {
            int end = lineEnd(b, at, length);
            int colon = indexOf(b, at, end, (byte) ':');
            if (colon > at) {
                int valueStart = skipSpaces(b, colon + 1, end);
                int valueEnd = trimEnd(b, valueStart, end);
                if (nameIs(b, at, colon, "content-length")) {
                    contentLength = decimal(b, valueStart, valueEnd);
                    if (contentLength < 0) {
                        return new HttpHead("bad Content-Length", false, requestLine, method, target, 0, false, null);
                    }
                } else if (nameIs(b, at, colon, "connection")) {
                    if (nameIs(b, valueStart, valueEnd, "close")) {
                        keepAlive = false;
                    } else if (nameIs(b, valueStart, valueEnd, "keep-alive")) {
                        keepAlive = true;
                    }
                } else if (nameIs(b, at, colon, "range")) {
                    range = ascii(b, valueStart, valueEnd);
                } else if (nameIs(b, at, colon, "transfer-encoding")) {
                    return new HttpHead("chunked bodies are not supported", true, requestLine, method, target, 0,
                            false, null);
                }
            }
            at = end + 2;
        }
        return new HttpHead(null, false, requestLine, method, target, contentLength, keepAlive, range);
    }

    /** The index of the CR of the CRLF that ends the line starting at {@code from}, or {@code limit}. */
    private static int lineEnd(byte[] b, int from, int limit) {
        for (int i = from; i + 1 < limit; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n') {
                return i;
            }
        }
        return limit;
    }

    private static int indexOf(byte[] b, int from, int to, byte value) {
        for (int i = from; i < to; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpaces(byte[] b, int from, int to) {
        while (from < to && (b[from] == ' ' || b[from] == '\t')) {
            from++;
        }
        return from;
    }

    private static int trimEnd(byte[] b, int from, int to) {
        while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t')) {
            to--;
        }
        return to;
    }

    private static boolean startsWith(byte[] b, int from, int to, String prefix) {
        if (to - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b[from + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code b[from, to)} is {@code lowerCaseName}, ignoring ASCII case. */
    private static boolean nameIs(byte[] b, int from, int to, String lowerCaseName) {
        if (to - from != lowerCaseName.length()) {
            return false;
        }
        for (int i = 0; i < lowerCaseName.length(); i++) {
            int c = b[from + i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lowerCaseName.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The non-negative decimal in {@code b[from, to)}, or -1 when it is not one or overflows. */
    private static long decimal(byte[] b, int from, int to) {
        if (from == to || to - from > 18) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return -1;
            }
            value = value * 10 + (b[i] - '0');
        }
        return value;
    }

    private static String ascii(byte[] b, int from, int to) {
        char[] chars = new char[to - from];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (b[from + i] & 0xFF);
        }
        return new String(chars);
    }
}
