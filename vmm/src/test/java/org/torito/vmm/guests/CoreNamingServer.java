package org.torito.vmm.guests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.torito.guest.Kernel;

/**
 * A java.net server that tells each client which core serves it: for each line it answers
 * "core K"; "exit" ends the program once the client has closed. Port from the argument.
 */
public final class CoreNamingServer {
    private CoreNamingServer() {
    }

    public static void main(String[] args) throws IOException {
        ServerSocket server = new ServerSocket(Integer.parseInt(args[0]));
        System.out.println("core " + Kernel.core() + ": listening");
        Thread acceptor = new Thread(() -> {
            while (true) {
                try {
                    Socket s = server.accept();
                    new Thread(() -> serve(s)).start();
                } catch (IOException e) {
                    System.out.println("accept failed: " + e);
                    return;
                }
            }
        });
        acceptor.start();
    }

    private static void serve(Socket s) {
        try (s) {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = s.getOutputStream();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.equals("exit")) {
                    out.write("bye\n".getBytes(StandardCharsets.UTF_8));
                    int end = s.getInputStream().read();
                    System.exit(end < 0 ? 0 : 3);
                }
                out.write(("core " + Kernel.core() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            System.out.println("connection failed: " + e);
        }
    }
}
