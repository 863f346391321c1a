package org.torito.guest.runtime;

import java.util.Arrays;

/**
 * Arrays.copyOfRange as Java has it, for images (org.torito.boot.teavm.classlib.ClasslibFixes routes
 * the overloads here): a range reaching past the end is padded (with zeroes, false or null),
 * and a range whose end is before its start is an IllegalArgumentException, where TeaVM 0.15
 * threw ArrayIndexOutOfBoundsException for both.
 */
public final class ArrayRanges {

    private ArrayRanges() {
    }

    /**
     * The copy's length; an end before the start throws as the JDK does. A start outside the
     * array is left to System.arraycopy (CheckedArrayCopy in an image), which throws
     * ArrayIndexOutOfBoundsException with the JDK's message, as the JDK's copyOfRange does.
     */
    private static int length(int originalLength, int from, int to) {
        int length = to - from;
        if (length < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        return length;
    }

    public static boolean[] copyOfRange(boolean[] original, int from, int to) {
        boolean[] copy = new boolean[length(original.length, from, to)];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, copy.length));
        return copy;
    }

    public static byte[] copyOfRange(byte[] original, int from, int to) {
        byte[] copy = new byte[length(original.length, from, to)];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, copy.length));
        return copy;
    }

    public static char[] copyOfRange(char[] original, int from, int to) {
        char[] copy = new char[length(original.length, from, to)];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, copy.length));
        return copy;
    }

    public static short[] copyOfRange(short[] original, int from, int to) {
        short[] copy = new short[length(original.length, from, to)];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, copy.length));
        return copy;
    }

    public static int[] copyOfRange(int[] original, int from, int to) {
        int[] copy = new int[length(original.length, from, to)];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, copy.length));
        return copy;
    }

    public static long[] copyOfRange(long[] original, int from, int to) {
        long[] copy = new long[length(original.length, from, to)];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, copy.length));
        return copy;
    }

    public static float[] copyOfRange(float[] original, int from, int to) {
        float[] copy = new float[length(original.length, from, to)];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, copy.length));
        return copy;
    }

    public static double[] copyOfRange(double[] original, int from, int to) {
        double[] copy = new double[length(original.length, from, to)];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, copy.length));
        return copy;
    }

    public static <T> T[] copyOfRange(T[] original, int from, int to) {
        int length = length(original.length, from, to);
        // copyOf makes an array of the original's own runtime type (TeaVM's is right there).
        T[] copy = Arrays.copyOf(original, length);
        int copied = Math.min(original.length - from, length);
        System.arraycopy(original, from, copy, 0, copied);
        Arrays.fill(copy, copied, length, null);
        return copy;
    }
}
