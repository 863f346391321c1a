package org.torito.vmm.guests;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP server written as one is for a JVM, nothing of Torito's: the JDK's HttpServer with two
 * contexts, a filter on one, a handler that echoes a POST's body, a chunked response, and
 * whatever the server answers itself (a 404). Posting "exit" to /echo stops it. The same class
 * runs on HotSpot and in a guest, and the test compares what a client hears from both
 * (arguments: the port, then "threads" to run each exchange's handler on a thread of its own).
 */
public final class PlainHttpServer {
    private PlainHttpServer() {
    }

    public static void main(String[] args) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(Integer.parseInt(args[0])), 0);
        if (args.length > 1 && args[1].equals("threads")) {
            // An executor of the program's own: the JDK's thread pools do not build for a guest.
            server.setExecutor(task -> new Thread(task).start());
        }
        var hello = server.createContext("/hello", x -> {
            String query = x.getRequestURI().getQuery();
            x.getResponseHeaders().add("Content-Type", "text/plain");
            if ("chunked".equals(query)) {
                x.sendResponseHeaders(200, 0);
                try (OutputStream out = x.getResponseBody()) {
                    for (int i = 0; i < 1000; i++) {
                        out.write(("line " + i + "\n").getBytes(StandardCharsets.US_ASCII));
                    }
                }
            } else {
                send(x, 200, "hello from " + x.getHttpContext().getPath() + " " + x.getAttribute("filtered") + "\n");
            }
        });
        hello.getFilters().add(Filter.beforeHandler("tags the exchange", x -> {
            x.setAttribute("filtered", "yes");
            x.getResponseHeaders().add("X-Filter", "hello");
        }));
        server.createContext("/echo", x -> {
            byte[] body = x.getRequestBody().readAllBytes();
            System.out.println("echo: " + x.getRequestMethod() + " " + body.length + " bytes");
            String type = x.getRequestHeaders().getFirst("Content-Type");
            if (type != null) {
                x.getResponseHeaders().add("Content-Type", type);
            }
            send(x, 200, body);
            if (new String(body, StandardCharsets.UTF_8).equals("exit")) {
                System.out.println("exiting");
                // Not at once: in a guest, System.exit ends the VM whether or not the TCP stack
                // has sent what the response queued.
                new Thread(() -> {
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    System.exit(0);
                }).start();
            }
        });
        server.start();
        System.out.println("listening on " + server.getAddress().getPort());
    }

    private static void send(HttpExchange x, int code, String text) throws IOException {
        send(x, code, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange x, int code, byte[] body) throws IOException {
        x.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }
}
