package org.torito.difftest;

import org.teavm.interop.Import;
import org.teavm.interop.PlatformMarker;
import org.teavm.interop.Platforms;
import org.teavm.interop.c.Include;

/**
 * Ends a program with an exit code, on HotSpot and under TeaVM's C backend alike.
 *
 * <p>Why not {@code System.exit}: TeaVM 0.15's classlib has no {@code System.exit(int)} (the
 * build fails with "Method java.lang.System.exit(I)V was not found"), and its
 * {@code Runtime.exit(int)} is an empty method. Under TeaVM this calls the C library's
 * {@code exit}, which the hosted build gets from glibc and a Torito guest from its platform
 * layer. Once Torito's image pipeline supplies a real {@code System.exit}, programs should
 * call that instead and this class can go.
 */
public final class ProgramExit {

    private ProgramExit() {
    }

    public static void exit(int code) {
        System.out.flush();
        if (compiledByTeaVm()) {
            cExit(code);
        }
        // HotSpot: the real exit. TeaVM: unreachable, and Runtime.exit exists there (as a no-op).
        Runtime.getRuntime().exit(code);
    }

    /** TeaVM replaces the body with {@code return true} when compiling for its C backend. */
    @PlatformMarker(Platforms.C)
    private static boolean compiledByTeaVm() {
        return false;
    }

    @Import(name = "exit")
    @Include("stdlib.h")
    private static native void cExit(int code);
}
