package org.torito.guest.runtime;

import org.teavm.interop.Unmanaged;

/**
 * The identity, as a call no optimisation folds, moves or removes. The image pipeline puts one
 * where a value must stay where Java made it: at each place where a local that an exception
 * handler reads takes a new value inside a try (org.torito.boot.teavm.PinnedHandlerValues), and
 * after a cast, division, field or array read whose value nobody reads but whose exception Java
 * still throws (org.torito.boot.teavm.UnusedValueChecks). The C backend emits the argument
 * itself, not a call (org.torito.boot.teavm.OpaqueValuesIntrinsic); the bodies here only tell
 * TeaVM's analyses where each value flows, and of which type. {@code @Unmanaged} keeps TeaVM from
 * inlining them, which would undo the point.
 */
@Unmanaged
public final class OpaqueValues {

    private OpaqueValues() {
    }

    public static int of(int value) {
        return value;
    }

    public static long of(long value) {
        return value;
    }

    public static float of(float value) {
        return value;
    }

    public static double of(double value) {
        return value;
    }

    public static Object of(Object value) {
        return value;
    }

    // One per array kind, so that a pinned array keeps its element type for TeaVM's typing.
    public static byte[] of(byte[] value) {
        return value;
    }

    public static short[] of(short[] value) {
        return value;
    }

    public static char[] of(char[] value) {
        return value;
    }

    public static int[] of(int[] value) {
        return value;
    }

    public static long[] of(long[] value) {
        return value;
    }

    public static float[] of(float[] value) {
        return value;
    }

    public static double[] of(double[] value) {
        return value;
    }

    public static Object[] of(Object[] value) {
        return value;
    }
}
