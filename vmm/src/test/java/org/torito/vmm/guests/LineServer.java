package org.torito.vmm.guests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A line server written as one is for a JVM, nothing of Torito's: java.net's ServerSocket and a
 * thread per connection. Each line gets an answer ("hello" -> "HELLO"); "timeout" waits for a
 * line with SO_TIMEOUT set, "half" answers then shuts its output and reads on, "quit" closes,
 * "exit" ends the program once the client has closed. The same class runs on HotSpot and in a guest, and the test compares
 * what both say (argument: the port).
 */
public final class LineServer {
    private LineServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        System.out.println("unbound: " + new ServerSocket());
        System.out.println("unconnected: " + new Socket());
        System.out.println("literal: " + InetAddress.getByName("127.0.0.1"));
        System.out.println("resolved: " + new InetSocketAddress("localhost", 80));
        System.out.println("unresolved: " + InetSocketAddress.createUnresolved("example.invalid", 81));
        System.out.println("wildcard: " + new InetSocketAddress(8080));
        ServerSocket server = new ServerSocket(port);
        System.out.println("bound: " + server.getLocalPort() + " " + server.isBound());
        try (ServerSocket again = new ServerSocket(port)) {
            System.out.println("second bind: bound " + again.getLocalPort());
        } catch (IOException e) {
            System.out.println("second bind: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try (ServerSocket idle = new ServerSocket(0)) {
            idle.setSoTimeout(100);
            idle.accept();
            System.out.println("idle accept: a connection?");
        } catch (SocketTimeoutException e) {
            System.out.println("idle accept: " + e.getClass().getName() + ": " + e.getMessage());
        }
        System.out.println("listening");
        int connections = 0;
        while (true) {
            Socket socket = server.accept();
            int n = ++connections;
            Thread t = new Thread(() -> serve(socket, n));
            t.start();
        }
    }

    private static void serve(Socket socket, int n) {
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            String line;
            while ((line = in.readLine()) != null) {
                switch (line) {
                    case "timeout" -> {
                        socket.setSoTimeout(300);
                        try {
                            in.readLine();
                            say(out, "a line came");
                        } catch (SocketTimeoutException e) {
                            say(out, "timed out: " + e.getMessage());
                        }
                        socket.setSoTimeout(0);
                    }
                    case "half" -> {
                        say(out, "bye");
                        socket.shutdownOutput();
                        System.out.println("connection " + n + ": output shut " + socket.isOutputShutdown());
                    }
                    case "quit" -> {
                        System.out.println("connection " + n + ": quit");
                        socket.close();
                        return;
                    }
                    case "exit" -> {
                        // Ends once the client has read the answer and closed: a VM that ends at
                        // once may not have sent what the socket queued (docs/java-api.md).
                        say(out, "exiting");
                        while (in.readLine() != null) {
                            System.out.println("connection " + n + ": a line after exit");
                        }
                        System.out.println("connection " + n + ": exit");
                        System.exit(0);
                    }
                    default -> {
                        if (socket.isOutputShutdown()) {
                            System.out.println("connection " + n + ": read after half-close: " + line);
                        } else {
                            say(out, line.toUpperCase(java.util.Locale.ROOT));
                        }
                    }
                }
            }
            System.out.println("connection " + n + ": end of stream");
            socket.close();
        } catch (IOException e) {
            System.out.println("connection " + n + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    private static void say(OutputStream out, String text) throws IOException {
        out.write((text + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
