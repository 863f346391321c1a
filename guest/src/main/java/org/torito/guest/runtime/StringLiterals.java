package org.torito.guest.runtime;

import org.teavm.interop.Unmanaged;

/**
 * The image's string literals, as TeaVM's C runtime registers them at start-up (one object per
 * distinct text, in its string table). In an image each call is replaced by C that reads that
 * table (org.torito.boot.teavm.StringLiteralsIntrinsic); {@code @Unmanaged} keeps TeaVM from
 * inlining the bodies before that. On HotSpot there are none to see.
 */
@Unmanaged
public final class StringLiterals {

    private StringLiterals() {
    }

    /** How many distinct literals the table holds. */
    public static int count() {
        return 0;
    }

    /** Literal {@code index}, {@code 0 <= index < count()}. */
    public static String at(int index) {
        throw new IndexOutOfBoundsException(index);
    }
}
