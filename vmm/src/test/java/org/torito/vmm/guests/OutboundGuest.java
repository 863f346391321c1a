package org.torito.vmm.guests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.torito.guest.Channel;
import org.torito.guest.CoreTask;
import org.torito.guest.Cores;
import org.torito.guest.Kernel;
import org.torito.guest.Network;
import org.torito.packet.Ipv4Address;
import org.torito.tcpip.TcpSocket;

/**
 * Every core connects out to the gateway's port given as the first argument (an outbound rule
 * takes it to the host), sends one line, prints what comes back, and the VM exits once all
 * cores have. Core 0 opens the network device first, as it must, and connects last, after the
 * others said they are done.
 */
public final class OutboundGuest {
    private static final int GATEWAY = Ipv4Address.of(10, 0, 2, 2);

    private OutboundGuest() {
    }

    public static final class Client implements CoreTask {
        @Override
        public void run(byte[] args) throws Exception {
            Network.start();
            exchange(Integer.parseInt(new String(args, StandardCharsets.US_ASCII)));
            Channel.to(0).send(new byte[] {1});
        }
    }

    static void exchange(int port) throws IOException {
        TcpSocket socket = Network.connect(GATEWAY, port);
        byte[] line = ("hello from core " + Kernel.core() + "\n").getBytes(StandardCharsets.US_ASCII);
        socket.write(line, 0, line.length);
        socket.shutdownOutput();
        byte[] answer = new byte[256];
        int length = 0;
        int n;
        while (length < answer.length && (n = socket.read(answer, length, answer.length - length)) > 0) {
            length += n;
        }
        socket.close();
        System.out.println("core " + Kernel.core() + " got: " + new String(answer, 0, length, StandardCharsets.US_ASCII).trim());
    }

    public static void main(String[] args) throws Exception {
        Network.start();
        for (int k = 1; k < Kernel.cores(); k++) {
            Cores.start(k, Client.class, args[0].getBytes(StandardCharsets.US_ASCII));
            Channel.from(k).receive();
        }
        exchange(Integer.parseInt(args[0]));
        System.exit(0);
    }
}
