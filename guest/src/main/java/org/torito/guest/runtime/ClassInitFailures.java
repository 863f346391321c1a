package org.torito.guest.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * A class whose static initialiser threw, as JLS 12.4.2 has it: the first attempt throws
 * ExceptionInInitializerError wrapping the exception (an Error passes as it is), every later use
 * of the class NoClassDefFoundError "Could not initialize class X". TeaVM 0.15 let the exception
 * out unwrapped and, having marked the class initialised before running its initialiser, let
 * later uses see its fields half set. The image pipeline (org.torito.boot.teavm.ClassInitErrors)
 * starts each application class's {@code <clinit>} with {@link #checkNotFailed}, wraps its body
 * in a handler that throws what {@link #failed} returns, and clears the class's "initialised"
 * flag there ({@link InitializedFlags}), so that the next use runs the check again.
 */
public final class ClassInitFailures {
    /** Each failed class and the description of what failed it, the NoClassDefFoundError's cause. */
    private static final Map<String, String> FAILED = new HashMap<>();

    private ClassInitFailures() {
    }

    public static void checkNotFailed(String className) {
        String failure = FAILED.get(className);
        if (failure != null) {
            NoClassDefFoundError error = new NoClassDefFoundError("Could not initialize class " + className);
            error.initCause(new ExceptionInInitializerError(failure));
            throw error;
        }
    }

    /** Records the class as failed; returns what its initialisation throws. */
    public static Throwable failed(Throwable thrown, String className) {
        if (!FAILED.containsKey(className)) {
            FAILED.put(className, "Exception " + thrown + " [in thread \"" + Thread.currentThread().getName() + "\"]");
        }
        return thrown instanceof Error ? thrown : new ExceptionInInitializerError(thrown);
    }
}
