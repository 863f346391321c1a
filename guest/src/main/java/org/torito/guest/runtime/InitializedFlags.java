package org.torito.guest.runtime;

import org.teavm.interop.Unmanaged;

/**
 * TeaVM's per-class "initialised" flag. TeaVM sets it before it runs a class's {@code <clinit>},
 * so a class whose initialiser threw counts as initialised; {@link #clear} takes that back, and
 * the next use of the class runs its {@code <clinit>} again (which then throws
 * NoClassDefFoundError: {@link ClassInitFailures}). In an image the call is replaced by the C
 * statement (org.torito.boot.teavm.InitializedFlagsIntrinsic); {@code @Unmanaged} keeps TeaVM
 * from inlining the empty body before that. On HotSpot there is no such flag.
 */
@Unmanaged
public final class InitializedFlags {

    private InitializedFlags() {
    }

    /** {@code className} must be a constant: the flag is found by name when the C is written. */
    public static void clear(String className) {
    }
}
