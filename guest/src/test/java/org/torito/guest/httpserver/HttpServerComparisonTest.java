package org.torito.guest.httpserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;

import com.sun.net.httpserver.BasicAuthenticator;
import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Torito's HttpServer answers as the JDK's does: the same handlers on both servers, the same raw
 * requests, and what comes back compared byte for byte (status lines, header names, values and
 * order, bodies, where the connection closes), except the Date header's value, which is checked
 * for its form. Each conversation ends with a request that closes the connection, so a response
 * is everything up to the server's close.
 */
@Timeout(30)
class HttpServerComparisonTest {
    private HttpServer jdk;
    private HttpServer torito;

    @BeforeEach
    void create() throws IOException {
        InetSocketAddress any = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        jdk = HttpServer.create(any, 0);
        torito = new ToritoHttpServer(any, 0);
    }

    @AfterEach
    void stop() {
        jdk.stop(0);
        torito.stop(0);
    }

    private void serve(Consumer<HttpServer> setup) {
        for (HttpServer s : new HttpServer[] {jdk, torito}) {
            setup.accept(s);
            s.start();
        }
    }

    /** Sends {@code request} to both servers; asserts they answered the same; the answer. */
    private String same(String request) throws IOException {
        String expected = converse(jdk, request);
        String actual = converse(torito, request);
        assertEquals(withoutDates(expected), withoutDates(actual), "for " + request);
        return actual;
    }

    private static String converse(HttpServer server, String request) throws IOException {
        try (Socket s = new Socket(server.getAddress().getAddress(), server.getAddress().getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(readAll(s.getInputStream()), StandardCharsets.ISO_8859_1);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] b = new byte[8192];
        try {
            for (int n; (n = in.read(b)) >= 0; ) {
                all.write(b, 0, n);
            }
        } catch (java.net.SocketException e) {
            // a reset after the server closed with unread input: what came before counts
        }
        return all.toByteArray();
    }

    static String withoutDates(String response) {
        StringBuilder out = new StringBuilder();
        for (String line : response.split("\r\n", -1)) {
            if (line.startsWith("Date: ")) {
                assertTrue(line.matches("Date: (Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
                        + "|Nov|Dec) \\d{4} \\d\\d:\\d\\d:\\d\\d GMT"), line);
                line = "Date: (now)";
            }
            out.append(line).append("\r\n");
        }
        return out.toString();
    }

    private static void text(HttpExchange x, int code, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(code, b.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(b);
        }
    }

    private static void echo(HttpExchange x) throws IOException {
        byte[] body = x.getRequestBody().readAllBytes();
        x.getResponseHeaders().add("Content-Type", "text/plain");
        x.getResponseHeaders().add("X-Method", x.getRequestMethod());
        x.getResponseHeaders().add("X-Uri", x.getRequestURI().toString());
        x.getResponseHeaders().add("X-Protocol", x.getProtocol());
        x.getResponseHeaders().add("X-Got", String.valueOf(x.getRequestHeaders().getFirst("X-Send")));
        x.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    void fixedLengthBodiesHeadersInOrderAndKeepAlive() throws IOException {
        serve(s -> s.createContext("/", x -> {
            x.getResponseHeaders().add("X-One", "1");
            x.getResponseHeaders().add("Set-Cookie", "a=1");
            x.getResponseHeaders().add("Set-Cookie", "b=2");
            x.getResponseHeaders().add("content-TYPE", "text/plain; charset=utf-8");
            text(x, 200, "héllo " + x.getRequestURI());
        }));
        same("GET /a?b=c HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        String two = same("GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(two.contains("/1") && two.contains("/2"), two);
        same("\r\n\r\nGET /blank-lines-first HTTP/1.1\r\nConnection: close\r\n\r\n");
    }

    @Test
    void requestBodiesFixedAndChunkedAndWhatAHandlerLeavesUnread() throws IOException {
        serve(s -> {
            s.createContext("/echo", HttpServerComparisonTest::echo);
            s.createContext("/ignore", x -> text(x, 200, "ignored"));
        });
        same("POST /echo HTTP/1.1\r\nContent-Length: 11\r\nX-Send: folded\r\n  value\r\nConnection: close\r\n\r\nhello world");
        same("POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n");
        same("POST /ignore HTTP/1.1\r\nContent-Length: 5\r\n\r\nabcde"
                + "POST /ignore HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
                + "GET /echo HTTP/1.1\r\nX-Send:\ttabbed\r\nConnection: close\r\n\r\n");
        same("POST /echo HTTP/1.1\r\nContent-Length: 4\r\nExpect: 100-continue\r\nConnection: close\r\n\r\nbody");
    }

    @Test
    void responseFramings() throws IOException {
        serve(s -> {
            s.createContext("/chunked", x -> {
                x.sendResponseHeaders(200, 0);
                try (OutputStream out = x.getResponseBody()) {
                    out.write("first".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    byte[] big = new byte[10_000];
                    for (int i = 0; i < big.length; i++) {
                        big[i] = (byte) ('a' + i % 26);
                    }
                    out.write(big);
                    out.write('!');
                }
            });
            s.createContext("/none", x -> {
                x.sendResponseHeaders(200, -1);
                x.close();
            });
            s.createContext("/204", x -> {
                x.sendResponseHeaders(204, 10);
                x.close();
            });
            s.createContext("/304", x -> {
                x.sendResponseHeaders(304, -1);
                x.close();
            });
            s.createContext("/201", x -> text(x, 201, "made"));
            s.createContext("/299", x -> text(x, 299, "odd"));
            s.createContext("/head", x -> {
                x.getResponseHeaders().set("Content-Length", "42");
                x.sendResponseHeaders(200, 42);
                x.close();
            });
        });
        same("GET /chunked HTTP/1.1\r\nConnection: close\r\n\r\n");
        same("GET /chunked HTTP/1.1\r\n\r\nGET /none HTTP/1.1\r\n\r\nGET /204 HTTP/1.1\r\n\r\n"
                + "GET /304 HTTP/1.1\r\n\r\nGET /201 HTTP/1.1\r\n\r\nGET /299 HTTP/1.1\r\n\r\n"
                + "HEAD /head HTTP/1.1\r\nConnection: close\r\n\r\n");
        same("GET /chunked HTTP/1.0\r\n\r\n");
        same("GET /201 HTTP/1.0\r\n\r\n");
        same("GET /201 HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /chunked HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    }

    @Test
    void rejectedRequests() throws IOException {
        serve(s -> {
            s.createContext("/", HttpServerComparisonTest::echo);
            s.createContext("/empty");
        });
        same("GARBAGE\r\n\r\n");
        same("GET /\r\n\r\n");
        same("GET /%zz HTTP/1.1\r\n\r\n");
        same("GET / HTTP/1.1\r\nBad Key: v\r\n\r\n");
        same("GET / HTTP/1.1\r\nno colon\r\n\r\n");
        same("POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n");
        same("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\n");
        same("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n");
        same("POST / HTTP/1.1\r\nContent-Length: abc\r\n\r\n");
        same("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n");
        same("GET /empty HTTP/1.1\r\n\r\n");
        same("GET * HTTP/1.1\r\n\r\n");
    }

    @Test
    void contextsByLongestPrefixAnd404() throws IOException {
        serve(s -> {
            s.createContext("/app", x -> text(x, 200, "app"));
            s.createContext("/app/x", x -> text(x, 200, "app/x " + x.getHttpContext().getPath()));
            s.createContext("/other", x -> text(x, 200, "other"));
            s.removeContext("/other");
        });
        same("GET /app/xyz HTTP/1.1\r\n\r\nGET /application HTTP/1.1\r\n\r\nGET /app HTTP/1.1\r\nConnection: close\r\n\r\n");
        same("GET /other HTTP/1.1\r\n\r\n");
        same("GET / HTTP/1.1\r\n\r\n");
    }

    @Test
    void filtersAuthenticatorsAndAThrowingHandler() throws IOException {
        serve(s -> {
            var c = s.createContext("/f", x -> text(x, 200, "handled " + x.getAttribute("seen")));
            c.getFilters().add(Filter.beforeHandler("mark", x -> {
                x.setAttribute("seen", "yes");
                x.getResponseHeaders().add("X-Filter", "before");
            }));
            c.getFilters().add(new Filter() {
                @Override
                public void doFilter(HttpExchange x, Chain chain) throws IOException {
                    x.getResponseHeaders().add("X-Filter", "around");
                    chain.doFilter(x);
                }

                @Override
                public String description() {
                    return "around";
                }
            });
            var auth = s.createContext("/auth", x -> text(x, 200, "hi " + x.getPrincipal()));
            auth.setAuthenticator(new BasicAuthenticator("realm") {
                @Override
                public boolean checkCredentials(String user, String password) {
                    return user.equals("u") && password.equals("p");
                }
            });
            s.createContext("/throw", x -> {
                throw new IOException("handler failed");
            });
        });
        same("GET /f HTTP/1.1\r\nConnection: close\r\n\r\n");
        same("GET /auth HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET /auth HTTP/1.1\r\nAuthorization: Basic "
                + Base64.getEncoder().encodeToString("u:p".getBytes(StandardCharsets.UTF_8))
                + "\r\nConnection: close\r\n\r\n");
        same("GET /throw HTTP/1.1\r\n\r\n");
    }
}
