package org.torito.examples;

import org.torito.guest.CoreTask;
import org.torito.guest.Cores;
import org.torito.guest.Kernel;
import org.torito.guest.Network;

/**
 * Answers ping: brings the network up on every core and runs the network loop, where the
 * stack answers ICMP echo requests and ARP (configs/ping.json, on a TAP interface). Prints one
 * line when it is ready and never exits.
 */
public final class PingResponder {
    private PingResponder() {
    }

    /** Runs the network loop on cores 1..N-1, so whichever core a frame reaches answers it. */
    public static final class Respond implements CoreTask {
        @Override
        public void run(byte[] args) throws Exception {
            Network.run();
        }
    }

    public static void main(String[] args) throws Exception {
        // Core 0 sets the device up before the other cores open their queue pairs.
        Network.stack();
        for (int k = 1; k < Kernel.cores(); k++) {
            Cores.start(k, Respond.class, new byte[0]);
        }
        System.out.println("ping: answering at " + Network.address() + " on " + Kernel.cores() + " core(s)");
        Network.run();
    }
}
