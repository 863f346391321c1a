package org.torito.vmm.guests;

import org.torito.guest.Channel;
import org.torito.guest.CoreTask;
import org.torito.guest.Cores;
import org.torito.guest.Kernel;

/**
 * Every core writes to System.out and System.err itself, one core after the other. The C
 * runtime buffers console output in a static array, which each core has its own copy of, so
 * the monitor must read the calling core's copy, not core 0's.
 */
public final class ConsolePerCoreGuest {
    private ConsolePerCoreGuest() {
    }

    public static final class Speaker implements CoreTask {
        @Override
        public void run(byte[] args) {
            speak();
            Channel.to(0).send(new byte[] {1});
        }
    }

    static void speak() {
        System.out.println("core " + Kernel.core() + " writes its own line");
        System.err.println("core " + Kernel.core() + " writes to stderr");
    }

    public static void main(String[] args) {
        speak();
        for (int k = 1; k < Kernel.cores(); k++) {
            Cores.start(k, Speaker.class, new byte[0]);
            Channel.from(k).receive();
        }
    }
}
