package org.torito.guest.runtime;

/**
 * The check before a store into an object array (org.torito.boot.teavm.ArrayStoreChecks): the
 * value must be an instance of the array's runtime component type, or the store throws
 * ArrayStoreException naming the value's class, as HotSpot does.
 */
public final class ArrayStores {
    private ArrayStores() {
    }

    public static void check(Object array, Object value) {
        if (value == null) {
            return;
        }
        Class<?> component = array.getClass().getComponentType();
        if (component != null && component != Object.class && !component.isInstance(value)) {
            throw new ArrayStoreException(value.getClass().getName());
        }
    }
}
