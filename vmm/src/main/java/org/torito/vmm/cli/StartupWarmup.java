package org.torito.vmm.cli;

/**
 * One-time initialisation that every run needs and that does not depend on the command line:
 * Jackson's mapper (the config reader) and the FFM downcalls into libc (the monitor). Each
 * costs tens of milliseconds of class loading and method-handle linking, so a second thread
 * does them while picocli builds its model and parses the arguments on the main thread; on a
 * machine with two cores that takes them off the start-up path. Class initialisation is
 * thread-safe: the main thread waits if it needs a class the warm-up is still initialising.
 */
final class StartupWarmup {
    private static final String[] CLASSES = {
        "org.torito.vmm.config.VmConfigReader",
        "org.torito.vmm.host.Libc",
    };

    private StartupWarmup() {
    }

    static void start() {
        Thread.ofPlatform().daemon().name("startup-warmup").start(StartupWarmup::run);
    }

    private static void run() {
        ClassLoader loader = StartupWarmup.class.getClassLoader();
        for (String name : CLASSES) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // Only a head start: the real use reports the same problem where it belongs.
                return;
            }
        }
    }
}
