package org.torito.guest.runtime;

import org.teavm.interop.Import;
import org.teavm.interop.c.Include;

/**
 * What {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} do in an image
 * (TeaVM 0.15 has no {@code System.exit} and an empty {@code Runtime.exit}; the image pipeline
 * points all three here). Buffered Java output is flushed first; then the C library's
 * {@code exit}, which is the platform layer's EXIT hypercall in a guest and glibc's exit in a
 * hosted build. Shutdown hooks are not run: TeaVM has none.
 */
public final class ProcessExit {

    private ProcessExit() {
    }

    public static void exit(int status) {
        System.out.flush();
        System.err.flush();
        exitProcess(status);
    }

    @Import(name = "exit")
    @Include("stdlib.h")
    private static native void exitProcess(int status);
}
