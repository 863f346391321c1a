package org.torito.guest.httpserver;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.Headers;

/**
 * One client connection, served by a thread of its own: read a request, check it as the JDK's
 * server does (rejecting with its 400, 404, 500 and 501 pages), hand the exchange to the server's
 * executor (the connection's own thread when there is none), wait until its response has ended,
 * then read the next request on a kept-alive connection or close it. A connection idle for the
 * idle interval between requests is closed.
 */
final class Connection implements Runnable {
    private final ToritoHttpServer server;
    private final Socket socket;
    private BufferedInputStream in;
    private OutputStream out;
    private volatile boolean closed;

    Connection(ToritoHttpServer server, Socket socket) {
        this.server = server;
        this.socket = socket;
    }

    @Override
    public void run() {
        try {
            in = new BufferedInputStream(socket.getInputStream());
            out = new BufferedOutputStream(socket.getOutputStream());
            RequestReader reader = new RequestReader(in);
            while (!closed && !server.isStopping()) {
                socket.setSoTimeout(server.idleMillis());
                RequestHead head = reader.read();
                if (head == null) {
                    break;
                }
                socket.setSoTimeout(0);
                if (!serve(head)) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            // idle too long between requests
        } catch (IOException e) {
            // the client went away or sent what cannot be read; either way the connection ends
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
            server.connectionEnded(this);
        }
    }

    /** Serves one request; whether the connection goes on to the next. */
    private boolean serve(RequestHead head) throws IOException, InterruptedException {
        String line = head.requestLine();
        int first = line.indexOf(' ');
        int second = first < 0 ? -1 : line.indexOf(' ', first + 1);
        if (second < 0) {
            ErrorReply.reject(out, 400, "Bad request line");
            return false;
        }
        String method = line.substring(0, first);
        URI uri;
        try {
            uri = new URI(line.substring(first + 1, second));
        } catch (URISyntaxException e) {
            ErrorReply.reject(out, 400, "URISyntaxException thrown");
            return false;
        }
        String version = line.substring(second + 1);
        Headers headers = head.headers();
        for (String name : headers.keySet()) {
            if (!isToken(name)) {
                ErrorReply.reject(out, 400, "Header key contains illegal characters");
                return false;
            }
        }
        if (headers.containsKey("Content-Length")
                && (headers.containsKey("Transfer-encoding") || headers.get("Content-Length").size() > 1)) {
            ErrorReply.reject(out, 400, "Conflicting or malformed headers detected");
            return false;
        }
        RequestBodyStream body;
        List<String> codings = headers.get("Transfer-encoding");
        if (codings != null && !codings.isEmpty()) {
            if (codings.size() != 1 || !codings.get(0).equalsIgnoreCase("chunked")) {
                ErrorReply.reject(out, 501, "Unsupported Transfer-Encoding value");
                return false;
            }
            body = new ChunkedInputStream(in);
        } else {
            long length = 0;
            String lengthText = headers.getFirst("Content-Length");
            if (lengthText != null) {
                try {
                    length = Long.parseLong(lengthText);
                } catch (NumberFormatException e) {
                    ErrorReply.reject(out, 400, "NumberFormatException thrown");
                    return false;
                }
                if (length < 0) {
                    ErrorReply.reject(out, 400, "Illegal Content-Length value");
                    return false;
                }
            }
            body = new FixedLengthInputStream(in, length);
        }
        if (uri.getPath() == null) {
            // A request target without a path ("*", "mailto:x"): the JDK's server closes too.
            return false;
        }
        Context context = server.contexts().find(uri.getPath());
        if (context == null) {
            ErrorReply.reject(out, 404, "No context found for request");
            return false;
        }
        if (context.getHandler() == null) {
            ErrorReply.reject(out, 500, "No handler for context");
            return false;
        }
        Exchange exchange = new Exchange(this, context, method, uri, head, body, out);
        keepAlive(exchange, headers.getFirst("Connection"), version);
        String expect = headers.getFirst("Expect");
        if (expect != null && expect.equalsIgnoreCase("100-continue")) {
            ErrorReply.sendContinue(out);
        }
        server.exchangeStarted();
        try {
            Filter.Chain chain = new Filter.Chain(context.getFilters(), new AuthenticatingHandler(exchange, context));
            server.executor().execute(() -> {
                try {
                    chain.doFilter(exchange);
                } catch (Exception e) {
                    // As the JDK's server: a handler that throws costs the client its connection.
                    exchange.abort();
                }
            });
            return exchange.awaitEnd() && exchange.keepsConnection();
        } catch (RuntimeException e) {
            // the executor refused the exchange
            exchange.abort();
            return false;
        } finally {
            server.exchangeEnded();
        }
    }

    /** HTTP/1.1 keeps the connection unless asked to close; HTTP/1.0 closes unless asked to keep it. */
    private void keepAlive(Exchange exchange, String connection, String version) {
        if (connection != null && connection.equalsIgnoreCase("close")) {
            exchange.closeConnectionAfter();
        }
        if (version.equalsIgnoreCase("HTTP/1.0")) {
            exchange.setHttp10();
            if (connection == null) {
                exchange.closeConnectionAfter();
                exchange.getResponseHeaders().set("Connection", "close");
            } else if (connection.equalsIgnoreCase("keep-alive")) {
                exchange.getResponseHeaders().set("Connection", "keep-alive");
                exchange.getResponseHeaders().set("Keep-Alive", "timeout=" + server.idleMillis() / 1000);
            }
        }
    }

    /** An RFC 9110 token: what a header name may be. */
    private static boolean isToken(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    InetSocketAddress remoteAddress() {
        return new InetSocketAddress(socket.getInetAddress(), socket.getPort());
    }

    InetSocketAddress localAddress() {
        return new InetSocketAddress(socket.getLocalAddress(), socket.getLocalPort());
    }

    /** Closes the socket, which also ends a read the connection's thread is blocked in. */
    void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
