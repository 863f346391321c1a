package org.torito.guest;

/**
 * Work that one core asks another to run ({@link Cores#start}). An implementation needs a
 * public no-argument constructor; the image pipeline finds every implementation in the
 * application's classpath and in the main class's package, and registers it (there is no
 * reflection in the guest). The task runs on the target core's main thread; when it returns
 * the core waits for the next request.
 */
public interface CoreTask {

    void run(byte[] args) throws Exception;
}
