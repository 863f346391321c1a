package org.torito.guest.httpserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Torito's HttpServer's life cycle, executors and threads, and a real client's view of it. */
@Timeout(30)
class ToritoHttpServerTest {
    private static final InetSocketAddress LOOPBACK = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    private static void text(HttpExchange x, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(200, b.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(b);
        }
    }

    private static URI uri(HttpServer server, String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void theJdksHttpClientKeepsItsConnection() throws Exception {
        HttpServer server = new ToritoHttpServer(LOOPBACK, 0);
        Set<Integer> ports = ConcurrentHashMap.newKeySet();
        server.createContext("/", x -> {
            ports.add(x.getRemoteAddress().getPort());
            text(x, x.getRequestMethod() + " " + new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        });
        server.start();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri(server, "/x"))
                        .POST(HttpRequest.BodyPublishers.ofString("body " + i)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode());
                assertEquals("POST body " + i, r.body());
            }
            assertEquals(1, ports.size(), "one connection for five requests");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void withoutAnExecutorEachConnectionRunsItsOwnHandlers() throws Exception {
        HttpServer server = new ToritoHttpServer(LOOPBACK, 0);
        CountDownLatch both = new CountDownLatch(2);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        server.createContext("/", x -> {
            threads.add(Thread.currentThread().getName() + "@" + System.identityHashCode(Thread.currentThread()));
            both.countDown();
            try {
                // Both handlers wait for each other: on the JDK's single dispatcher this would deadlock.
                assertTrue(both.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            text(x, "ok");
        });
        server.start();
        assertNotNull(server.getExecutor(), "as the JDK's, a started server without an executor reports its own");
        try (HttpClient client = HttpClient.newHttpClient()) {
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(client.sendAsync(HttpRequest.newBuilder(uri(server, "/")).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            for (var a : answers) {
                assertEquals("ok", a.get(10, TimeUnit.SECONDS).body());
            }
        } finally {
            server.stop(0);
        }
        assertEquals(2, threads.size());
        assertTrue(threads.stream().allMatch(t -> t.startsWith("HTTP-Connection")), threads.toString());
    }

    @Test
    void aPoolRunsTheHandlers() throws Exception {
        HttpServer server = new ToritoHttpServer(LOOPBACK, 0);
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "pool"));
        server.setExecutor(pool);
        server.createContext("/", x -> text(x, Thread.currentThread().getName()));
        server.start();
        try (HttpClient client = HttpClient.newHttpClient()) {
            for (int i = 0; i < 3; i++) {
                assertEquals("pool", client.send(HttpRequest.newBuilder(uri(server, "/")).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
            }
        } finally {
            server.stop(0);
            pool.shutdown();
        }
        assertEquals(pool, server.getExecutor());
    }

    @Test
    void stopWaitsForExchangesUnderWayThenCloses() throws Exception {
        HttpServer server = new ToritoHttpServer(LOOPBACK, 0);
        CountDownLatch inHandler = new CountDownLatch(1);
        server.createContext("/", x -> {
            inHandler.countDown();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            text(x, "late");
        });
        server.start();
        try (HttpClient client = HttpClient.newHttpClient()) {
            var answer = client.sendAsync(HttpRequest.newBuilder(uri(server, "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(inHandler.await(10, TimeUnit.SECONDS));
            long start = System.nanoTime();
            server.stop(5);
            long took = (System.nanoTime() - start) / 1_000_000;
            assertEquals("late", answer.get(10, TimeUnit.SECONDS).body());
            assertTrue(took >= 300 && took < 4000, "stop took " + took + " ms");
            assertThrows(Exception.class, () -> client.send(HttpRequest.newBuilder(uri(server, "/")).build(),
                    HttpResponse.BodyHandlers.ofString()), "nobody listens after stop");
        }
        assertThrows(IllegalStateException.class, server::start);
        assertThrows(IllegalArgumentException.class, () -> server.stop(-1));
    }

    @Test
    void misuseFailsAsOnTheJdksServer() throws Exception {
        for (HttpServer server : new HttpServer[] {HttpServer.create(), new ToritoHttpServer(null, 0)}) {
            assertEquals("server in wrong state", assertThrows(IllegalStateException.class, server::start).getMessage());
            assertEquals("null address", assertThrows(NullPointerException.class, () -> server.bind(null, 0)).getMessage());
            server.bind(LOOPBACK, 0);
            assertEquals("HttpServer already bound",
                    assertThrows(BindException.class, () -> server.bind(LOOPBACK, 0)).getMessage());
            assertEquals("Illegal value for path or protocol",
                    assertThrows(IllegalArgumentException.class, () -> server.createContext("x")).getMessage());
            var context = server.createContext("/a");
            assertEquals("cannot add context to list",
                    assertThrows(IllegalArgumentException.class, () -> server.createContext("/a", x -> { })).getMessage());
            context.setHandler(x -> { });
            assertEquals("handler already set",
                    assertThrows(IllegalArgumentException.class, () -> context.setHandler(x -> { })).getMessage());
            assertEquals("cannot remove element from list",
                    assertThrows(IllegalArgumentException.class, () -> server.removeContext("/b")).getMessage());
            server.removeContext(context);
            assertEquals("no such context in list",
                    assertThrows(IllegalArgumentException.class, () -> server.removeContext(context)).getMessage());
            server.start();
            assertEquals("server already started",
                    assertThrows(IllegalStateException.class, () -> server.setExecutor(null)).getMessage());
            assertEquals("server in wrong state", assertThrows(IllegalStateException.class, server::start).getMessage());
            server.stop(0);
        }
    }
}
