package org.torito.guest.runtime;

/**
 * The check before a store into an object array (org.torito.boot.teavm.ArrayStoreChecks): the
 * value must be an instance of the array's runtime component type, or the store throws
 * ArrayStoreException naming the value's class, as HotSpot does.
 */
public final class ArrayStores {
    private ArrayStores() {
    }

    /**
     * An index out of bounds is left to the store's own bounds check: the JVM reports it before
     * the value's type (ArrayIndexOutOfBoundsException, not ArrayStoreException).
     */
    public static void check(Object array, int index, Object value) {
        if (value == null || index < 0 || index >= ((Object[]) array).length) {
            return;
        }
        Class<?> component = array.getClass().getComponentType();
        if (component != null && component != Object.class && !component.isInstance(value)) {
            throw new ArrayStoreException(value.getClass().getName());
        }
    }
}
