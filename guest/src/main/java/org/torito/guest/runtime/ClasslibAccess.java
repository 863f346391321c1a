package org.torito.guest.runtime;

import java.util.AbstractList;
import java.util.IllegalFormatException;
import java.util.Random;

/**
 * Members of the class library that Java's access rules hide from the replacements in this
 * package: a protected field or method the JDK's own implementation uses. The image pipeline
 * (org.torito.boot.teavm.classlib.ClasslibAccessors) replaces each body with the access
 * itself; outside an image there is no way in, hence the exception.
 */
public final class ClasslibAccess {

    private ClasslibAccess() {
    }

    /** {@code list.modCount}: the count of structural changes iterators check against. */
    public static int modCount(AbstractList<?> list) {
        throw new UnsupportedOperationException("AbstractList.modCount is read only in an image");
    }

    /** {@code System.doArrayCopy}: TeaVM's unchecked copy (a memmove) behind System.arraycopy. */
    public static void copyArray(Object src, int srcPos, Object dest, int destPos, int length) {
        throw new UnsupportedOperationException("System.doArrayCopy is called only in an image");
    }

    /** {@code random.next(bits)}: the generator step a subclass of Random may override. */
    public static int next(Random random, int bits) {
        throw new UnsupportedOperationException("Random.next is called only in an image");
    }

    /**
     * {@code new IllegalFormatArgumentIndexException(index)}: what Formatter throws for
     * {@code %0$s}, a class of the JDK that is not public (TeaVM compiles the JDK's own).
     */
    public static IllegalFormatException illegalFormatArgumentIndex(int index) {
        throw new UnsupportedOperationException("IllegalFormatArgumentIndexException is made only in an image");
    }
}
