package org.torito.guest.runtime;

import org.teavm.interop.Import;
import org.teavm.interop.c.Include;

/**
 * Throws {@link StackOverflowError} for the stack check that opens every Java method in an
 * image. The check is C (the build patches TeaVM's TEAVM_ALLOC_STACK; the platform's
 * java_stack.c holds the limit); when the stack pointer is below the limit, the platform drops
 * the limit to its floor and calls {@link #raise}, by the name TeaVM gives it in C, before the
 * new method's frame exists: the error is thrown from the call site that made the call, as on
 * HotSpot. The build's plugin keeps this method in every image.
 */
public final class StackOverflows {

    private StackOverflows() {
    }

    static void raise() {
        StackOverflowError error;
        try {
            error = new StackOverflowError();
        } finally {
            // Whatever happened while the error was made (an OutOfMemoryError, say), the next
            // overflow is a new one, not a second overflow inside this one.
            raised();
        }
        throw error;
    }

    @Import(name = "torito_stack_raised")
    @Include("torito_guest.h")
    private static native void raised();
}
