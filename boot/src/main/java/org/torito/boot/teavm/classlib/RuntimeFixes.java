package org.torito.boot.teavm.classlib;

import static org.torito.boot.teavm.classlib.ClasslibFix.instance;
import static org.torito.boot.teavm.classlib.ClasslibFix.staticMethod;

import java.util.List;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;

/** Class objects and TeaVM's own runtime (docs/differential-suite.md lists each difference). */
final class RuntimeFixes {
    private static final ValueType CLASS = ValueType.object("java.lang.Class");
    private static final ValueType OBJECT = ValueType.object("java.lang.Object");

    static final List<ClasslibFix> FIXES = List.of(
            // Runtime.version().feature() was 21 whatever JDK built the image.
            new ClasslibFix(new MethodReference("java.lang.Runtime$Version", "feature", ValueType.INTEGER),
                    new MethodReference("org.torito.guest.boot.JavaVersionProperties", "feature",
                            ValueType.object("java.lang.Runtime$Version"), ValueType.INTEGER), true, false),
            // Class.getSimpleName() threw NullPointerException for an array of a class whose
            // Class object TeaVM had not made yet (Shape[] of an interface Shape).
            new ClasslibFix(new MethodReference("java.lang.Class", "getSimpleName", ValueType.object("java.lang.String")),
                    new MethodReference("org.torito.guest.runtime.ClassNames", "simpleName", CLASS,
                            ValueType.object("java.lang.String")), true, false),
            // Class.desiredAssertionStatus() was true: every assert ran, as with java -ea.
            instance("java.lang.Class", "desiredAssertionStatus", "org.torito.guest.runtime.AssertionStatus",
                    ValueType.BOOLEAN),
            // arraycopy copied int[] into long[] without ArrayStoreException and threw
            // IndexOutOfBoundsException where the JVM throws ArrayIndexOutOfBoundsException.
            // Enum.valueOf: IllegalArgumentException for a null name, and other words.
            staticMethod("java.lang.Enum", "valueOf", "org.torito.guest.runtime.EnumLookup",
                    ValueType.object("java.lang.Enum"), CLASS, ValueType.object("java.lang.String")),
            // Objects: index checks without messages, requireNonNull(null) with "", compare(x, x, null) threw.
            objects("requireNonNull", OBJECT, OBJECT),
            objects("requireNonNull", OBJECT, OBJECT, ValueType.object("java.lang.String")),
            objects("requireNonNullElse", OBJECT, OBJECT, OBJECT),
            objects("compare", ValueType.INTEGER, OBJECT, OBJECT, ValueType.object("java.util.Comparator")),
            objects("checkIndex", ValueType.INTEGER, ValueType.INTEGER, ValueType.INTEGER),
            objects("checkIndex", ValueType.LONG, ValueType.LONG, ValueType.LONG),
            objects("checkFromToIndex", ValueType.INTEGER, ValueType.INTEGER, ValueType.INTEGER, ValueType.INTEGER),
            objects("checkFromToIndex", ValueType.LONG, ValueType.LONG, ValueType.LONG, ValueType.LONG),
            objects("checkFromIndexSize", ValueType.INTEGER, ValueType.INTEGER, ValueType.INTEGER, ValueType.INTEGER),
            objects("checkFromIndexSize", ValueType.LONG, ValueType.LONG, ValueType.LONG, ValueType.LONG),
            // TeaVM calls fastArraycopy instead where it knows both arrays have the same type.
            arraycopy("arraycopy"),
            arraycopy("fastArraycopy"),
            // System.getenv(name) was always null, and getenv() did not exist: the config's "env" (docs/config.md).
            staticMethod("java.lang.System", "getenv", "org.torito.guest.boot.Environment",
                    ValueType.object("java.lang.String"), ValueType.object("java.lang.String")),
            staticMethod("java.lang.System", "getenv", "org.torito.guest.boot.Environment",
                    ValueType.object("java.util.Map")).missing(),
            // The event queue's wait knew only its timer (a spin on the TSC in the platform, and a
            // Thread.sleep that could end up to 1 ms early): CoreIdle also wakes threads parked on
            // channels and sleeps in the IDLE hypercall.
            staticMethod("org.teavm.runtime.EventQueue", "waitUntil", "org.torito.guest.kernel.CoreIdle",
                    ValueType.VOID, ValueType.LONG));

    private RuntimeFixes() {
    }

    private static ClasslibFix objects(String name, ValueType result, ValueType... parameters) {
        return staticMethod("java.util.Objects", name, "org.torito.guest.runtime.ObjectChecks", result, parameters);
    }

    private static ClasslibFix arraycopy(String name) {
        ValueType object = ValueType.object("java.lang.Object");
        return staticMethod("java.lang.System", name, "org.torito.guest.runtime.CheckedArrayCopy", ValueType.VOID,
                object, ValueType.INTEGER, object, ValueType.INTEGER, ValueType.INTEGER);
    }
}
