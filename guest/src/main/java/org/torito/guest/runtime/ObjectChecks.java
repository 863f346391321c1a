package org.torito.guest.runtime;

import java.util.Comparator;

/**
 * java.util.Objects' checks with the JDK's exceptions and messages; the image pipeline installs
 * them (org.torito.boot.teavm.classlib.RuntimeFixes). TeaVM 0.15's index checks threw without a
 * message, requireNonNull(null) had the message "" instead of none, and compare(x, x, null)
 * threw where the JDK answers 0 for identical arguments.
 */
public final class ObjectChecks {

    private ObjectChecks() {
    }

    public static <T> T requireNonNull(T obj) {
        if (obj == null) {
            throw new NullPointerException();
        }
        return obj;
    }

    public static <T> T requireNonNull(T obj, String message) {
        if (obj == null) {
            throw new NullPointerException(message);
        }
        return obj;
    }

    public static <T> T requireNonNullElse(T obj, T defaultObj) {
        return obj != null ? obj : requireNonNull(defaultObj, "defaultObj");
    }

    public static <T> int compare(T a, T b, Comparator<? super T> comparator) {
        return a == b ? 0 : comparator.compare(a, b);
    }

    public static int checkIndex(int index, int length) {
        return (int) checkIndex((long) index, (long) length);
    }

    public static long checkIndex(long index, long length) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
        }
        return index;
    }

    public static int checkFromToIndex(int from, int to, int length) {
        return (int) checkFromToIndex((long) from, (long) to, (long) length);
    }

    public static long checkFromToIndex(long from, long to, long length) {
        if (from < 0 || from > to || to > length) {
            throw new IndexOutOfBoundsException("Range [" + from + ", " + to + ") out of bounds for length " + length);
        }
        return from;
    }

    public static int checkFromIndexSize(int from, int size, int length) {
        if ((length | from | size) < 0 || size > length - from) {
            throw outOfRange(from, size, length);
        }
        return from;
    }

    public static long checkFromIndexSize(long from, long size, long length) {
        if ((length | from | size) < 0 || size > length - from) {
            throw outOfRange(from, size, length);
        }
        return from;
    }

    private static IndexOutOfBoundsException outOfRange(long from, long size, long length) {
        return new IndexOutOfBoundsException("Range [" + from + ", " + from + " + " + size + ") out of bounds for length "
                + length);
    }
}
