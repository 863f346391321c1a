package org.torito.vmm.guests;

import java.io.IOException;

import org.torito.guest.CoreTask;
import org.torito.guest.Cores;
import org.torito.guest.Kernel;
import org.torito.guest.Network;
import org.torito.tcpip.TcpServerSocket;
import org.torito.tcpip.TcpSocket;

/**
 * An echo server on port 7 of every core written the way one is written on a JVM: a thread
 * blocked in accept, and a thread per connection blocked in read and write. A connection that
 * starts with "EXIT" ends the VM once echoed.
 */
public final class BlockingEchoGuest {
    private BlockingEchoGuest() {
    }

    public static final class Serve implements CoreTask {
        @Override
        public void run(byte[] args) throws Exception {
            serve();
        }
    }

    static void serve() throws IOException {
        Network.start();
        TcpServerSocket server = Network.listen(7, 64);
        System.out.println("core " + Kernel.core() + ": echo on port 7");
        while (true) {
            TcpSocket socket = server.accept();
            new Thread(() -> echo(socket)).start();
        }
    }

    private static void echo(TcpSocket socket) {
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        boolean exit = false;
        try {
            int n;
            while ((n = socket.read(buffer, 0, buffer.length)) > 0) {
                if (total == 0 && n >= 4 && buffer[0] == 'E' && buffer[1] == 'X' && buffer[2] == 'I' && buffer[3] == 'T') {
                    exit = true;
                }
                socket.write(buffer, 0, n);
                total += n;
            }
            socket.close();
        } catch (IOException e) {
            System.out.println("core " + Kernel.core() + ": " + e.getMessage());
            socket.close();
        }
        if (exit) {
            System.exit(0);
        }
    }

    public static void main(String[] args) throws Exception {
        for (int k = 1; k < Kernel.cores(); k++) {
            Cores.start(k, Serve.class, new byte[0]);
        }
        serve();
    }
}
