package org.torito.vmm.guests;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Opens listening sockets until the guest's stack refuses one, and prints what each refusal says. */
public final class ListenerLimits {
    private ListenerLimits() {
    }

    public static void main(String[] args) throws IOException {
        List<ServerSocket> open = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                open.add(new ServerSocket(0));
            }
            System.out.println("40 listeners");
        } catch (IOException e) {
            System.out.println("after " + open.size() + ": " + e);
        }
        TreeSet<Integer> ports = new TreeSet<>();
        for (ServerSocket s : open) {
            ports.add(s.getLocalPort());
        }
        System.out.println("ports: " + ports.size() + " distinct, from " + ports.first());
        ServerSocket closed = open.removeLast();
        closed.close();
        ports.remove(closed.getLocalPort());
        try {
            new ServerSocket(open.getFirst().getLocalPort());
            System.out.println("same port: bound");
        } catch (IOException e) {
            System.out.println("same port: " + e);
        }
        ServerSocket again = new ServerSocket(0);
        System.out.println("port 0 again: " + (ports.contains(again.getLocalPort()) ? "a port in use" : "ok"));
    }
}
