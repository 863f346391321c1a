package org.torito.guest.runtime;

/**
 * Enum.valueOf(Class, String) with the JDK's exceptions: NullPointerException for a null name,
 * IllegalArgumentException "No enum constant Outer.Inner.NAME" (the canonical name) for an
 * unknown one; the image pipeline installs it (org.torito.boot.teavm.classlib.RuntimeFixes).
 * TeaVM 0.15 threw IllegalArgumentException for both, in other words.
 */
public final class EnumLookup {

    private EnumLookup() {
    }

    public static <T extends Enum<T>> T valueOf(Class<T> enumClass, String name) {
        T[] constants = enumClass.getEnumConstants();
        if (constants != null) {
            for (T constant : constants) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
        }
        if (name == null) {
            throw new NullPointerException("Name is null");
        }
        throw new IllegalArgumentException("No enum constant " + enumClass.getName().replace('$', '.') + "." + name);
    }
}
