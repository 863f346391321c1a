package org.torito.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The HTTP example written as for any JVM, with nothing of Torito's: the JDK's
 * {@code com.sun.net.httpserver}. It runs unchanged on HotSpot ({@code java -cp ...
 * org.torito.examples.JdkHttpServer}) and as a VM (configs/http-jdk.json, whose
 * {@code "main": "every-core"} runs it on each core, as N processes behind one port would).
 * GET / answers the Toro-style example's page ({@link org.torito.examples.HttpServer}'s), so the two compare
 * request for request; anything else is 404. The port is {@code $PORT}, else 80. With the
 * argument "exit-endpoint", GET /exit ends the program (tests and benchmarks use it).
 */
public final class JdkHttpServer {
    private static final byte[] PAGE = org.torito.examples.HttpExchange.PAGE.getBytes(StandardCharsets.UTF_8);

    private JdkHttpServer() {
    }

    public static void main(String[] args) throws IOException {
        boolean exitEndpoint = args.length > 0 && args[0].equals("exit-endpoint");
        String portText = System.getenv("PORT");
        int port = portText == null ? 80 : Integer.parseInt(portText);
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 256);
        server.createContext("/", x -> {
            String path = x.getRequestURI().getPath();
            if (path.equals("/") && x.getRequestMethod().equals("GET")) {
                x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                send(x, 200, PAGE);
            } else if (exitEndpoint && path.equals("/exit")) {
                send(x, 200, "bye\n".getBytes(StandardCharsets.US_ASCII));
                DelayedExit.start();
            } else {
                x.getResponseHeaders().set("Content-Type", "text/plain");
                send(x, 404, ("not found: " + path + "\n").getBytes(StandardCharsets.UTF_8));
            }
        });
        server.start();
        System.out.println("http: serving on port " + server.getAddress().getPort());
    }

    private static void send(HttpExchange x, int status, byte[] body) throws IOException {
        x.sendResponseHeaders(status, body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }
}
