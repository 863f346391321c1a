package org.torito.examples;

import java.nio.charset.StandardCharsets;
import org.torito.guest.Channel;
import org.torito.guest.CoreTask;
import org.torito.guest.Cores;
import org.torito.guest.Kernel;

/**
 * Every core says hello. Core 0 starts {@link Greeter} on each other core; each greeter
 * sends its line back, and core 0 prints all lines in core order, so the output is the same
 * on every run however the cores race.
 */
public final class HelloCores {

    private HelloCores() {
    }

    /** Runs on cores 1..N-1: answers core 0 with its greeting. */
    public static final class Greeter implements CoreTask {
        @Override
        public void run(byte[] args) {
            Channel.to(0).send(greeting().getBytes(StandardCharsets.UTF_8));
        }
    }

    static String greeting() {
        return "hello from core " + Kernel.core() + " of " + Kernel.cores();
    }

    public static void main(String[] args) {
        int cores = Kernel.cores();
        for (int k = 1; k < cores; k++) {
            Cores.start(k, Greeter.class, new byte[0]);
        }
        System.out.println(greeting());
        for (int k = 1; k < cores; k++) {
            System.out.println(new String(Channel.from(k).receive(), StandardCharsets.UTF_8));
        }
        System.out.println("all " + cores + " cores answered");
    }
}
