package org.torito.boot.teavm;

import org.teavm.model.AccessLevel;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;

/**
 * Supplies {@code System.exit(int)}, {@code Runtime.exit(int)} and {@code Runtime.halt(int)}.
 * TeaVM 0.15's class library has no {@code System.exit} (a build that calls it fails), an empty
 * {@code Runtime.exit} and no {@code Runtime.halt}. All three call
 * org.torito.guest.runtime.ProcessExit.exit, which flushes Java's output and ends the process
 * (the EXIT hypercall in a guest). halt also flushes: there are no shutdown hooks to skip, and
 * losing buffered output helps nobody.
 */
final class ExitMethodsTransformer implements ClassHolderTransformer {

    static final MethodReference PROCESS_EXIT = new MethodReference("org.torito.guest.runtime.ProcessExit", "exit",
            ValueType.INTEGER, ValueType.VOID);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        switch (cls.getName()) {
            case "java.lang.System" -> define(cls, "exit", true, context);
            case "java.lang.Runtime" -> {
                define(cls, "exit", false, context);
                define(cls, "halt", false, context);
            }
            default -> { }
        }
    }

    private static void define(ClassHolder cls, String name, boolean isStatic, ClassHolderTransformerContext context) {
        MethodDescriptor descriptor = new MethodDescriptor(name, ValueType.INTEGER, ValueType.VOID);
        MethodHolder method = cls.getMethod(descriptor);
        if (method == null) {
            method = new MethodHolder(descriptor);
            method.setLevel(AccessLevel.PUBLIC);
            if (isStatic) {
                method.getModifiers().add(ElementModifier.STATIC);
            }
            cls.addMethod(method);
        }
        method.getModifiers().remove(ElementModifier.NATIVE);
        ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
        pe.invoke(PROCESS_EXIT, pe.var(1, int.class));
        pe.exit();
    }
}
