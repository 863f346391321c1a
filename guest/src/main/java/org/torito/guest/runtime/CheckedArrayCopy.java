package org.torito.guest.runtime;

/**
 * System.arraycopy with the JVM's checks, in its order and with HotSpot's messages; the image
 * pipeline installs it (org.torito.boot.teavm.classlib.RuntimeFixes). TeaVM 0.15 copied int[]
 * into long[] without complaint (two primitive arrays of different types passed its check),
 * and threw IndexOutOfBoundsException where the JVM throws ArrayIndexOutOfBoundsException.
 * The copy itself is TeaVM's (a memmove; element by element up to the first element that does
 * not fit an object array).
 */
public final class CheckedArrayCopy {

    private CheckedArrayCopy() {
    }

    public static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        if (src == null || dest == null) {
            throw new NullPointerException();
        }
        Class<?> from = src.getClass().getComponentType();
        Class<?> to = dest.getClass().getComponentType();
        if (from == null) {
            throw new ArrayStoreException("arraycopy: source type " + src.getClass().getName() + " is not an array");
        }
        if (to == null) {
            throw new ArrayStoreException("arraycopy: destination type " + dest.getClass().getName() + " is not an array");
        }
        if (from.isPrimitive() || to.isPrimitive()) {
            if (from != to) {
                throw new ArrayStoreException("arraycopy: type mismatch: can not copy " + kind(from) + "[] into "
                        + kind(to) + "[]");
            }
        }
        int srcLength = java.lang.reflect.Array.getLength(src);
        int destLength = java.lang.reflect.Array.getLength(dest);
        checkBounds(srcPos, destPos, length, srcLength, destLength, kind(from), kind(to));
        if (length == 0) {
            return;
        }
        if (!from.isPrimitive() && src != dest && !to.isAssignableFrom(from)) {
            Object[] source = (Object[]) src;
            for (int i = 0; i < length; i++) {
                Object element = source[srcPos + i];
                if (element != null && !to.isInstance(element)) {
                    ClasslibAccess.copyArray(src, srcPos, dest, destPos, i);
                    throw new ArrayStoreException("arraycopy: element type mismatch: can not cast one of the elements of "
                            + from.getName() + "[] to the type of the destination array, " + to.getName());
                }
            }
        }
        ClasslibAccess.copyArray(src, srcPos, dest, destPos, length);
    }

    /**
     * TeaVM's call where it knows both arrays have the same type, the common case (ArrayList,
     * StringBuilder, packet buffers): only null and the bounds can fail, checked here without
     * the reflection of the general path, which then reports the failure.
     */
    public static void fastArraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        if (src == null || dest == null || srcPos < 0 || destPos < 0 || length < 0
                || srcPos > java.lang.reflect.Array.getLength(src) - length
                || destPos > java.lang.reflect.Array.getLength(dest) - length) {
            arraycopy(src, srcPos, dest, destPos, length);
        }
        ClasslibAccess.copyArray(src, srcPos, dest, destPos, length);
    }

    private static void checkBounds(int srcPos, int destPos, int length, int srcLength, int destLength,
                                    String fromKind, String toKind) {
        String problem = null;
        if (srcPos < 0) {
            problem = "source index " + srcPos + " out of bounds for " + fromKind + "[" + srcLength + "]";
        } else if (destPos < 0) {
            problem = "destination index " + destPos + " out of bounds for " + toKind + "[" + destLength + "]";
        } else if (length < 0) {
            problem = "length " + length + " is negative";
        } else if ((long) srcPos + length > srcLength) {
            problem = "last source index " + ((long) srcPos + length) + " out of bounds for " + fromKind + "[" + srcLength + "]";
        } else if ((long) destPos + length > destLength) {
            problem = "last destination index " + ((long) destPos + length) + " out of bounds for " + toKind + "["
                    + destLength + "]";
        }
        if (problem != null) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: " + problem);
        }
    }

    /** How HotSpot names an array's element type in these messages: the primitive, or "object array". */
    private static String kind(Class<?> component) {
        return component.isPrimitive() ? component.getName() : "object array";
    }
}
