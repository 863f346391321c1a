package org.torito.guest.httpserver;

/**
 * The reason phrases the JDK's server puts after a status code. They are its own, not RFC 9110's
 * (302 is "Temporary Redirect", 408 "Request Time-Out"), and a code it does not know gets none:
 * "HTTP/1.1 299 " ends with the space. Kept as the JDK has them so answers compare byte for byte.
 */
final class StatusText {
    private StatusText() {
    }

    /** The status line without its CRLF: "HTTP/1.1 404 Not Found". */
    static String statusLine(int code) {
        return "HTTP/1.1 " + code + " " + reason(code);
    }

    static String reason(int code) {
        return switch (code) {
            case 100 -> "Continue";
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 203 -> "Non-Authoritative Information";
            case 204 -> "No Content";
            case 205 -> "Reset Content";
            case 206 -> "Partial Content";
            case 300 -> "Multiple Choices";
            case 301 -> "Moved Permanently";
            case 302 -> "Temporary Redirect";
            case 303 -> "See Other";
            case 304 -> "Not Modified";
            case 305 -> "Use Proxy";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 402 -> "Payment Required";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 407 -> "Proxy Authentication Required";
            case 408 -> "Request Time-Out";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 411 -> "Length Required";
            case 412 -> "Precondition Failed";
            case 413 -> "Request Entity Too Large";
            case 414 -> "Request-URI Too Large";
            case 415 -> "Unsupported Media Type";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            case 505 -> "HTTP Version Not Supported";
            default -> "";
        };
    }
}
