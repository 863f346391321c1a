package org.torito.boot.teavm;

import org.teavm.model.ClassHierarchy;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderSource;
import org.teavm.model.MethodHolder;

/**
 * The class source between TeaVM's parser and its {@code PreOptimizingClassHolderSource}, which
 * numbers values and drops unused ones as it loads each method, before plugins and targets see
 * the code. The passes here must see each method as javac wrote it: {@link RecordEquality},
 * {@link PinnedHandlerValues} and {@link UnusedValueChecks}. They run on managed code only (not TeaVM's runtime).
 */
public final class EarlyPasses implements ClassHolderSource {
    private final ClassHolderSource parsed;
    private final ClassHierarchy hierarchy;

    public EarlyPasses(ClassHolderSource parsed) {
        this.parsed = parsed;
        this.hierarchy = new ClassHierarchy(parsed);
    }

    @Override
    public ClassHolder get(String name) {
        ClassHolder cls = parsed.get(name);
        if (cls == null || !ManagedCode.isManaged(cls) || cls.getName().equals(OpaqueValueCalls.CLASS_NAME)) {
            return cls;
        }
        boolean application = !ManagedCode.isClassLibrary(cls.getName());
        RecordEquality.apply(cls, hierarchy);
        for (MethodHolder method : cls.getMethods()) {
            if (ManagedCode.isManaged(method)) {
                PinnedHandlerValues.apply(method.getProgram(), method.getReference());
                if (application) {
                    // The class library is written for TeaVM's semantics; Java's are for user code.
                    UnusedValueChecks.apply(method.getProgram(), method.getReference());
                }
            }
        }
        return cls;
    }
}
