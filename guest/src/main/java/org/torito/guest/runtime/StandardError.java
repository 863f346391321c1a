package org.torito.guest.runtime;

import org.teavm.interop.Address;
import org.teavm.interop.Import;
import org.teavm.interop.c.Include;

/**
 * Where System.err's bytes go. TeaVM 0.15's C class library sends System.err to the same C
 * stream as System.out (putwchar on stdout); the image pipeline redirects it here
 * (org.torito.boot.teavm.StandardErrorTransformer), and the platform writes the bytes to
 * stderr: the console in a guest (where stdout and stderr are one stream, in order), the real
 * stderr in a hosted build.
 */
public final class StandardError {

    private StandardError() {
    }

    public static void write(byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || length > bytes.length - offset) {
            throw new IndexOutOfBoundsException();
        }
        if (length > 0) {
            writeBytes(Address.ofData(bytes).add(offset), length);
        }
    }

    /** No allocation happens during the call, so the array cannot move under it. */
    @Import(name = "torito_write_stderr")
    @Include("torito_guest.h")
    private static native void writeBytes(Address bytes, int length);
}
