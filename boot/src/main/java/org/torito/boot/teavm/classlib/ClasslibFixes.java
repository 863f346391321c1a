package org.torito.boot.teavm.classlib;

import java.util.List;
import java.util.stream.Stream;
import org.teavm.model.AccessLevel;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;

/**
 * Class-library methods TeaVM 0.15 gets wrong or lacks, each replaced or added as a call to a
 * correct static method in torito-guest ({@link ClasslibFix}; the lists are by area:
 * {@link NumberFixes}, {@link TextFixes}, {@link CollectionFixes}, {@link RuntimeFixes},
 * {@link SecurityFixes}, {@link FileFixes}, {@link TimeFixes};
 * docs/differential-suite.md names the difference each fixes). A replaced method that TeaVM no
 * longer has, or an added one it now has, fails the build, so a TeaVM upgrade forces a look.
 */
public final class ClasslibFixes implements ClassHolderTransformer {

    private static final List<String> NATIVE_ANNOTATIONS = List.of("org.teavm.interop.Import",
            "org.teavm.interop.Unmanaged", "org.teavm.backend.javascript.spi.GeneratedBy",
            "org.teavm.interop.Intrinsified", "org.teavm.dependency.PluggableDependency",
            "org.teavm.interop.NoSideEffects");

    private static final List<ClasslibFix> FIXES = Stream.of(NumberFixes.FIXES, TextFixes.FIXES,
            CollectionFixes.FIXES, RuntimeFixes.FIXES, SecurityFixes.FIXES, FileFixes.FIXES,
            TimeFixes.FIXES).flatMap(List::stream).toList();

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (TextFixes.COMPARABLE.contains(cls.getName())) {
            cls.getInterfaces().add("java.lang.Comparable");
        }
        for (ClasslibFix fix : FIXES) {
            if (fix.method().getClassName().equals(cls.getName())) {
                MethodHolder method = target(cls, fix, context);
                if (method != null) {
                    emitCall(cls, method, fix, context);
                }
            }
        }
    }

    /** The method whose body becomes the call: TeaVM's own, or a new one for a missing method. */
    private static MethodHolder target(ClassHolder cls, ClasslibFix fix, ClassHolderTransformerContext context) {
        MethodDescriptor descriptor = fix.method().getDescriptor();
        MethodHolder method = cls.getMethod(descriptor);
        if (fix.adds()) {
            if (method != null) {
                context.getDiagnostics().error(null, "Torito: TeaVM now has " + fix.method()
                        + "; drop the class-library fix that adds it");
                return null;
            }
            method = new MethodHolder(descriptor);
            method.setLevel(AccessLevel.PUBLIC);
            if (!fix.instance()) {
                method.getModifiers().add(ElementModifier.STATIC);
            }
            cls.addMethod(method);
            return method;
        }
        if (method == null || method.hasModifier(ElementModifier.STATIC) == fix.instance()) {
            context.getDiagnostics().error(null, "Torito: " + fix.method() + " not found; the class-library fix "
                    + "does not fit this TeaVM version");
            return null;
        }
        if (method.getModifiers().remove(ElementModifier.NATIVE)) {
            // A native method named its C function (Math.tan: @Import "tan"), and TeaVM calls
            // that function at each call site, not the method: the body would never run.
            // @Unmanaged goes too, as the replacement is ordinary Java that may allocate, and the
            // marks that hand the method to another backend's generator (String.intern's).
            for (String annotation : NATIVE_ANNOTATIONS) {
                method.getAnnotations().remove(annotation);
            }
        }
        return method;
    }

    private static void emitCall(ClassHolder cls, MethodHolder method, ClasslibFix fix,
                                 ClassHolderTransformerContext context) {
        MethodDescriptor descriptor = method.getDescriptor();
        ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
        int receiver = fix.instance() ? 1 : 0;
        ValueEmitter[] args = new ValueEmitter[descriptor.parameterCount() + receiver];
        if (fix.instance()) {
            args[0] = pe.var(0, ValueType.object(cls.getName()));
        }
        for (int i = 0; i < descriptor.parameterCount(); i++) {
            args[i + receiver] = pe.var(i + 1, descriptor.parameterType(i));
        }
        ValueEmitter result = pe.invoke(fix.replacement(), args);
        if (descriptor.getResultType() == ValueType.VOID) {
            pe.exit();
        } else {
            result.returnValue();
        }
    }
}
