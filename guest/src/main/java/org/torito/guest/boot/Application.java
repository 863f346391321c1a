package org.torito.guest.boot;

/**
 * The application's {@code main(String[])} as {@link GuestMain} calls it. The image pipeline
 * generates the one implementation per build (org.torito.boot.teavm.ApplicationBridge),
 * because the application class is known only then. The method is not called {@code main}:
 * the generated class also has the static {@code main} that TeaVM starts.
 */
public interface Application {

    void run(String[] args) throws Throwable;
}
