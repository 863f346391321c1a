package org.torito.examples;

/**
 * Ends the program a moment after the answer to GET /exit: in a guest, System.exit ends the VM
 * whether or not the TCP stack has sent what the response queued (docs/java-api.md).
 */
final class DelayedExit {
    private static final long DELAY_MILLIS = 200;

    private DelayedExit() {
    }

    static void start() {
        Thread exit = new Thread(() -> {
            try {
                Thread.sleep(DELAY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.exit(0);
        });
        exit.start();
    }
}
