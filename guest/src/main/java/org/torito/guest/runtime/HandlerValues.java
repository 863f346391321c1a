package org.torito.guest.runtime;

import org.teavm.interop.Unmanaged;

/**
 * The identity, as a call no optimisation folds or moves: the image pipeline puts one at each
 * place where a local that an exception handler reads takes a new value inside a try
 * (org.torito.boot.teavm.PinnedHandlerValues), so the handler's copy is made at that place. The
 * C backend emits the argument itself, not a call (org.torito.boot.teavm.PinIntrinsic); the
 * bodies here only tell TeaVM's analyses where each value flows, and of which type. {@code @Unmanaged} keeps
 * TeaVM from inlining them, which would undo the pin.
 */
@Unmanaged
public final class HandlerValues {

    private HandlerValues() {
    }

    public static int pin(int value) {
        return value;
    }

    public static long pin(long value) {
        return value;
    }

    public static float pin(float value) {
        return value;
    }

    public static double pin(double value) {
        return value;
    }

    public static Object pin(Object value) {
        return value;
    }

    // One per array kind, so that a pinned array keeps its element type for TeaVM's typing.
    public static byte[] pin(byte[] value) {
        return value;
    }

    public static short[] pin(short[] value) {
        return value;
    }

    public static char[] pin(char[] value) {
        return value;
    }

    public static int[] pin(int[] value) {
        return value;
    }

    public static long[] pin(long[] value) {
        return value;
    }

    public static float[] pin(float[] value) {
        return value;
    }

    public static double[] pin(double[] value) {
        return value;
    }

    public static Object[] pin(Object[] value) {
        return value;
    }
}
