package org.torito.guest.runtime;

/**
 * The check Java does before allocating an array. TeaVM 0.15's C backend allocates with a
 * negative length without complaint (and a negative inner dimension of a multi-array crashes),
 * so the image pipeline calls this before every array allocation whose length is not a
 * constant (org.torito.boot.teavm.ArraySizeTransformer).
 */
public final class ArraySize {

    private ArraySize() {
    }

    public static void check(int length) {
        if (length < 0) {
            throw new NegativeArraySizeException(Integer.toString(length));
        }
    }
}
