package org.torito.guest.runtime;

/**
 * Class.getSimpleName as HotSpot answers it, from the class's binary name. TeaVM 0.15's threw
 * NullPointerException for an array of a class whose Class object it had not made yet (an
 * interface used only as an array's type: {@code Shape[].class.getSimpleName()}).
 */
public final class ClassNames {
    private ClassNames() {
    }

    public static String simpleName(Class<?> cls) {
        if (cls.isArray()) {
            return simpleName(cls.getComponentType()) + "[]";
        }
        String name = cls.getName();
        String local = name.substring(name.lastIndexOf('.') + 1);
        int dollar = local.lastIndexOf('$');
        if (dollar < 0) {
            return local;
        }
        // A member class "Outer$Inner" is "Inner"; a local class "Outer$1Local" is "Local"; an
        // anonymous one "Outer$1" has the empty name.
        String tail = local.substring(dollar + 1);
        int i = 0;
        while (i < tail.length() && Character.isDigit(tail.charAt(i))) {
            i++;
        }
        return tail.substring(i);
    }
}
