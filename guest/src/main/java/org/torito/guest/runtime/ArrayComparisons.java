package org.torito.guest.runtime;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Arrays.compare and Arrays.compareUnsigned, which TeaVM 0.15 lacks (a program calling them did
 * not build); the image pipeline adds them to java.util.Arrays
 * (org.torito.boot.teavm.classlib.CollectionFixes). As specified: a null array is less than
 * any other, the first differing element decides by its wrapper's {@code compare}, and a proper
 * prefix is less by the difference of the lengths.
 */
public final class ArrayComparisons {

    private ArrayComparisons() {
    }

    public static int compare(boolean[] a, boolean[] b) {
        int i = a == null || b == null ? -1 : withinBoth(a, b, Arrays.mismatch(a, b));
        return i < 0 ? order(a, b) : Boolean.compare(a[i], b[i]);
    }

    public static int compare(byte[] a, byte[] b) {
        int i = a == null || b == null ? -1 : withinBoth(a, b, Arrays.mismatch(a, b));
        return i < 0 ? order(a, b) : Byte.compare(a[i], b[i]);
    }

    public static int compare(short[] a, short[] b) {
        int i = a == null || b == null ? -1 : withinBoth(a, b, Arrays.mismatch(a, b));
        return i < 0 ? order(a, b) : Short.compare(a[i], b[i]);
    }

    public static int compare(char[] a, char[] b) {
        int i = a == null || b == null ? -1 : withinBoth(a, b, Arrays.mismatch(a, b));
        return i < 0 ? order(a, b) : Character.compare(a[i], b[i]);
    }

    public static int compare(int[] a, int[] b) {
        int i = a == null || b == null ? -1 : withinBoth(a, b, Arrays.mismatch(a, b));
        return i < 0 ? order(a, b) : Integer.compare(a[i], b[i]);
    }

    public static int compare(long[] a, long[] b) {
        int i = a == null || b == null ? -1 : withinBoth(a, b, Arrays.mismatch(a, b));
        return i < 0 ? order(a, b) : Long.compare(a[i], b[i]);
    }

    /** By Float.compare, so NaN equals NaN and -0.0 is less than 0.0, as in the JDK. */
    public static int compare(float[] a, float[] b) {
        if (a == null || b == null || a == b) {
            return order(a, b);
        }
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int order = Float.compare(a[i], b[i]);
            if (order != 0) {
                return order;
            }
        }
        return a.length - b.length;
    }

    /** By Double.compare, so NaN equals NaN and -0.0 is less than 0.0, as in the JDK. */
    public static int compare(double[] a, double[] b) {
        if (a == null || b == null || a == b) {
            return order(a, b);
        }
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int order = Double.compare(a[i], b[i]);
            if (order != 0) {
                return order;
            }
        }
        return a.length - b.length;
    }

    public static int compareUnsigned(byte[] a, byte[] b) {
        int i = a == null || b == null ? -1 : withinBoth(a, b, Arrays.mismatch(a, b));
        return i < 0 ? order(a, b) : Byte.compareUnsigned(a[i], b[i]);
    }

    public static int compareUnsigned(short[] a, short[] b) {
        int i = a == null || b == null ? -1 : withinBoth(a, b, Arrays.mismatch(a, b));
        return i < 0 ? order(a, b) : Short.compareUnsigned(a[i], b[i]);
    }

    public static int compareUnsigned(int[] a, int[] b) {
        int i = a == null || b == null ? -1 : withinBoth(a, b, Arrays.mismatch(a, b));
        return i < 0 ? order(a, b) : Integer.compareUnsigned(a[i], b[i]);
    }

    public static int compareUnsigned(long[] a, long[] b) {
        int i = a == null || b == null ? -1 : withinBoth(a, b, Arrays.mismatch(a, b));
        return i < 0 ? order(a, b) : Long.compareUnsigned(a[i], b[i]);
    }

    /**
     * Arrays.mismatch's answer if it lies within both arrays, else -1 (one is a prefix of the
     * other, or they are equal).
     */
    private static int withinBoth(Object a, Object b, int index) {
        if (index < 0) {
            return -1;
        }
        return index < Math.min(java.lang.reflect.Array.getLength(a), java.lang.reflect.Array.getLength(b)) ? index : -1;
    }

    /** The order of two arrays with no differing element in common: null first, then the shorter. */
    private static int order(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        return java.lang.reflect.Array.getLength(a) - java.lang.reflect.Array.getLength(b);
    }

    /** Comparable elements; a null element is less than any other. */
    public static <T extends Comparable<? super T>> int compare(T[] a, T[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int common = Math.min(a.length, b.length);
        for (int i = 0; i < common; i++) {
            T x = a[i];
            T y = b[i];
            if (x != y) {
                if (x == null || y == null) {
                    return x == null ? -1 : 1;
                }
                int order = x.compareTo(y);
                if (order != 0) {
                    return order;
                }
            }
        }
        return a.length - b.length;
    }

    /** Elements ordered by {@code comparator}, which also decides about null elements. */
    public static <T> int compare(T[] a, T[] b, Comparator<? super T> comparator) {
        if (comparator == null) {
            throw new NullPointerException();
        }
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int common = Math.min(a.length, b.length);
        for (int i = 0; i < common; i++) {
            int order = comparator.compare(a[i], b[i]);
            if (order != 0) {
                return order;
            }
        }
        return a.length - b.length;
    }
}
