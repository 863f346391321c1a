package org.torito.guest.httpserver;

import com.sun.net.httpserver.Headers;

/** A request's first line and its header fields, as read from the connection and not yet checked. */
final class RequestHead {
    private final String requestLine;
    private final Headers headers;

    RequestHead(String requestLine, Headers headers) {
        this.requestLine = requestLine;
        this.headers = headers;
    }

    String requestLine() {
        return requestLine;
    }

    Headers headers() {
        return headers;
    }
}
