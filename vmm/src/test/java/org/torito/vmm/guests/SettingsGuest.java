package org.torito.vmm.guests;

import java.util.Date;
import java.util.Map;

import org.torito.guest.Channel;
import org.torito.guest.CoreTask;
import org.torito.guest.Cores;
import org.torito.guest.Kernel;

/**
 * What a service reads at start: its environment, its system properties and the time. Core 0
 * prints them, core 1 the time and one variable as it sees them (each core is its own isolate
 * and reads the boot info itself); then timed waits show that the event queue runs on the same
 * clock as System.currentTimeMillis.
 */
public final class SettingsGuest {
    private SettingsGuest() {
    }

    public static final class Reader implements CoreTask {
        @Override
        public void run(byte[] args) {
            System.out.println("core " + Kernel.core() + ": PORT=" + System.getenv("PORT") + " millis="
                    + System.currentTimeMillis());
            Channel.to(0).send(new byte[] {1});
        }
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("millis=" + System.currentTimeMillis());
        System.out.println("date=" + new Date().getTime());
        System.out.println("PORT=" + System.getenv("PORT"));
        System.out.println("GREETING=" + System.getenv("GREETING"));
        System.out.println("MISSING=" + System.getenv("MISSING"));
        StringBuilder all = new StringBuilder();
        for (Map.Entry<String, String> e : System.getenv().entrySet()) {
            all.append(e.getKey()).append('=').append(e.getValue()).append(';');
        }
        System.out.println("env=" + all);
        try {
            System.getenv().put("X", "y");
            System.out.println("env map: changed");
        } catch (UnsupportedOperationException e) {
            System.out.println("env map: unmodifiable");
        }
        try {
            System.getenv(null);
        } catch (NullPointerException e) {
            System.out.println("getenv(null): NullPointerException");
        }
        System.out.println("app.mode=" + System.getProperty("app.mode"));
        System.out.println("user.home=" + System.getProperty("user.home"));
        System.out.println("empty=[" + System.getProperty("empty") + "]");
        for (int k = 1; k < Kernel.cores(); k++) {
            Cores.start(k, Reader.class, new byte[0]);
            Channel.from(k).receive();
        }
        long start = System.nanoTime();
        Thread.sleep(30);
        long slept = (System.nanoTime() - start) / 1_000_000L;
        Object lock = new Object();
        start = System.nanoTime();
        synchronized (lock) {
            lock.wait(30);
        }
        long waited = (System.nanoTime() - start) / 1_000_000L;
        System.out.println("sleep(30): " + (slept >= 30 && slept < 1000 ? "ok" : slept + " ms"));
        System.out.println("wait(30): " + (waited >= 30 && waited < 1000 ? "ok" : waited + " ms"));
    }
}
