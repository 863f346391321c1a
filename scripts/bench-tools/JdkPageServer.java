import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;

/**
 * The reference scripts/bench-net puts beside Torito's HTTP example: the same page served by the
 * JDK's own com.sun.net.httpserver on the host JVM, which is what a user without KVM would run
 * the service on otherwise. Usage: java JdkPageServer.java PORT FILE THREADS
 */
public class JdkPageServer {
    public static void main(String[] args) throws Exception {
        byte[] page = Files.readAllBytes(Path.of(args[1]));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 1024);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (var body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(Integer.parseInt(args[2])));
        server.start();
    }
}
