package org.torito.guest.httpserver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;

/**
 * One request and its response on a connection. The response's framing follows the JDK's server:
 * sendResponseHeaders(code, n) sends a Content-length of n for n > 0, chunked coding for 0 (to an
 * HTTP/1.0 client: a body up to the connection's close), no body for -1, and none for 1xx, 204,
 * 304 and HEAD whatever n is. The exchange is over when its response body is closed (or close()
 * is called), which {@link #awaitEnd} tells the connection.
 */
final class Exchange extends HttpExchange {
    private final Connection connection;
    private final Context context;
    private final String method;
    private final URI uri;
    private final String requestLine;
    private final Headers requestHeaders;
    private final Headers responseHeaders = new Headers();
    private final RequestBodyStream requestBody;
    private final PendingOutputStream pending = new PendingOutputStream();
    private final OutputStream raw;
    private InputStream in;
    private OutputStream out = pending;
    private boolean http10;
    private boolean closeConnection;
    private boolean headersSent;
    private int responseCode = -1;
    private HttpPrincipal principal;
    private boolean closed;
    /** Set once: the response ended normally (true) or the connection was given up (false). */
    private Boolean ended;

    Exchange(Connection connection, Context context, String method, URI uri, RequestHead head,
            RequestBodyStream requestBody, OutputStream raw) {
        this.connection = connection;
        this.context = context;
        this.method = method;
        this.uri = uri;
        this.requestLine = head.requestLine();
        this.requestHeaders = Headers.of(head.headers());
        this.requestBody = requestBody;
        this.in = requestBody;
        this.raw = raw;
    }

    void setHttp10() {
        http10 = true;
    }

    void closeConnectionAfter() {
        closeConnection = true;
    }

    /** Whether the connection may carry another request after this one. */
    boolean keepsConnection() {
        return !closeConnection && requestBody.atEnd();
    }

    void setPrincipal(HttpPrincipal principal) {
        this.principal = principal;
    }

    @Override
    public Headers getRequestHeaders() {
        return requestHeaders;
    }

    @Override
    public Headers getResponseHeaders() {
        return responseHeaders;
    }

    @Override
    public URI getRequestURI() {
        return uri;
    }

    @Override
    public String getRequestMethod() {
        return method;
    }

    @Override
    public HttpContext getHttpContext() {
        return context;
    }

    @Override
    public InputStream getRequestBody() {
        return in;
    }

    @Override
    public OutputStream getResponseBody() {
        return out;
    }

    @Override
    public void sendResponseHeaders(int code, long length) throws IOException {
        if (headersSent) {
            throw new IOException("headers already sent");
        }
        responseCode = code;
        responseHeaders.set("Date", HttpDate.format(System.currentTimeMillis()));
        boolean noBodyAllowed = code >= 100 && code < 200 || code == 204;
        boolean noBody = false;
        if (noBodyAllowed) {
            length = -1;
        }
        if ("HEAD".equals(method) || code == 304) {
            // The handler sets Content-Length itself for these if it wants one.
            noBody = true;
            pending.setBody(new FixedLengthOutputStream(raw, this, 0));
        } else if (length == 0) {
            if (http10) {
                pending.setBody(new UntilCloseOutputStream(raw, this));
                closeConnection = true;
            } else {
                responseHeaders.set("Transfer-encoding", "chunked");
                pending.setBody(new ChunkedOutputStream(raw, this));
            }
        } else {
            if (length == -1) {
                noBody = true;
                length = 0;
            }
            if (!noBodyAllowed) {
                responseHeaders.set("Content-length", Long.toString(length));
            }
            pending.setBody(new FixedLengthOutputStream(raw, this, length));
        }
        List<String> connectionHeader = responseHeaders.get("Connection");
        if (connectionHeader != null) {
            for (String value : connectionHeader) {
                if (value.equalsIgnoreCase("close")) {
                    closeConnection = true;
                }
            }
        }
        raw.write(head(code));
        headersSent = true;
        if (noBody) {
            raw.flush();
            close();
        }
    }

    /** The status line and the response headers in the map's order, each value on a line. */
    private byte[] head(int code) {
        ByteArrayOutputStream head = new ByteArrayOutputStream(256);
        line(head, StatusText.statusLine(code));
        for (Map.Entry<String, List<String>> header : responseHeaders.entrySet()) {
            HeaderText.check(header.getKey(), false);
            for (String value : header.getValue()) {
                HeaderText.check(value, true);
                line(head, header.getKey() + ": " + value);
            }
        }
        line(head, "");
        return head.toByteArray();
    }

    private static void line(ByteArrayOutputStream head, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        head.write(bytes, 0, bytes.length);
        head.write('\r');
        head.write('\n');
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!pending.hasBody()) {
            // No headers were sent, so no response can be: the client gets the connection closed.
            abort();
            return;
        }
        try {
            if (!requestBody.isClosed()) {
                requestBody.close();
            }
            out.close();
        } catch (IOException e) {
            abort();
        }
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return connection.remoteAddress();
    }

    @Override
    public int getResponseCode() {
        return responseCode;
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return connection.localAddress();
    }

    @Override
    public String getProtocol() {
        return requestLine.substring(requestLine.lastIndexOf(' ') + 1);
    }

    /** As in the JDK's server, an exchange's attributes are its context's. */
    @Override
    public Object getAttribute(String name) {
        if (name == null) {
            throw new NullPointerException("null name parameter");
        }
        return context.getAttributes().get(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (name == null) {
            throw new NullPointerException("null name parameter");
        }
        if (value != null) {
            context.getAttributes().put(name, value);
        } else {
            context.getAttributes().remove(name);
        }
    }

    @Override
    public void setStreams(InputStream i, OutputStream o) {
        if (i != null) {
            in = i;
        }
        if (o != null) {
            out = o;
        }
    }

    @Override
    public HttpPrincipal getPrincipal() {
        return principal;
    }

    /** The response body was closed: read what the handler left of the request, then let the connection go on. */
    void responseComplete() {
        try {
            if (!requestBody.isClosed()) {
                requestBody.close();
            }
        } catch (IOException e) {
            abort();
            return;
        }
        end(true);
    }

    /** Gives the connection up: the client sees it close. */
    void abort() {
        connection.close();
        end(false);
    }

    private synchronized void end(boolean normally) {
        if (ended == null) {
            ended = normally;
            notifyAll();
        }
    }

    /** Waits until the response has ended; whether it ended normally. */
    synchronized boolean awaitEnd() throws InterruptedException {
        while (ended == null) {
            wait();
        }
        return ended;
    }
}
