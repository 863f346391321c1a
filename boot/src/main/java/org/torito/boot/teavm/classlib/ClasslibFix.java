package org.torito.boot.teavm.classlib;

import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;

/**
 * One class-library method that TeaVM 0.15 gets wrong ({@code adds} false: its body is
 * replaced) or lacks ({@code adds} true: the method is added), and the static torito-guest
 * method that does its job. An instance method's receiver is the replacement's first parameter.
 */
record ClasslibFix(MethodReference method, MethodReference replacement, boolean instance, boolean adds) {

    /** A static method and its replacement of the same name and signature in {@code replacementClass}. */
    static ClasslibFix staticMethod(String owner, String name, String replacementClass, ValueType result,
                                    ValueType... parameters) {
        return new ClasslibFix(new MethodReference(owner, name, withResult(parameters, result)),
                new MethodReference(replacementClass, name, withResult(parameters, result)), false, false);
    }

    /** An instance method and its static replacement of the same name, taking the receiver first. */
    static ClasslibFix instance(String owner, String name, String replacementClass, ValueType result,
                                ValueType... parameters) {
        ValueType[] withReceiver = new ValueType[parameters.length + 1];
        withReceiver[0] = ValueType.object(owner);
        System.arraycopy(parameters, 0, withReceiver, 1, parameters.length);
        return new ClasslibFix(new MethodReference(owner, name, withResult(parameters, result)),
                new MethodReference(replacementClass, name, withResult(withReceiver, result)), true, false);
    }

    /** The same for a method that returns its receiver, as StringBuilder's append, insert and reverse do. */
    static ClasslibFix returningReceiver(String owner, String name, String replacementClass, ValueType... parameters) {
        return instance(owner, name, replacementClass, ValueType.object(owner), parameters);
    }

    /** This fix as the addition of a method TeaVM's class does not declare. */
    ClasslibFix missing() {
        return new ClasslibFix(method, replacement, instance, true);
    }

    static ValueType object(String className) {
        return ValueType.object(className);
    }

    private static ValueType[] withResult(ValueType[] parameters, ValueType result) {
        ValueType[] signature = new ValueType[parameters.length + 1];
        System.arraycopy(parameters, 0, signature, 0, parameters.length);
        signature[parameters.length] = result;
        return signature;
    }
}
