package org.torito.boot.teavm;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.ClassHolder;
import org.teavm.model.MethodHolder;
import org.teavm.model.Program;

/**
 * Where Torito's rewrites may insert calls that can throw. TeaVM's own runtime (GC, allocator,
 * exception handling, interop) and {@code @Unmanaged} code run where no Java exception can be
 * allocated or thrown; their sizes and divisors are never 0, -1 or negative anyway.
 */
final class ManagedCode {

    private static final String UNMANAGED = "org.teavm.interop.Unmanaged";

    private ManagedCode() {
    }

    /**
     * The class library (TeaVM's own classes under java.*, javax.*, jdk.* names, and org.teavm.*):
     * written for TeaVM's semantics, so the rewrites that give application code Java's left it
     * alone.
     */
    static boolean isClassLibrary(String className) {
        return className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.")
                || className.startsWith("org.teavm.");
    }

    static boolean isManaged(ClassHolder cls) {
        return !cls.getName().startsWith("org.teavm.runtime.") && !cls.getName().startsWith("org.teavm.interop.")
                && cls.getAnnotations().get(UNMANAGED) == null;
    }

    static boolean isManaged(MethodHolder method) {
        return method.getProgram() != null && method.getAnnotations().get(UNMANAGED) == null;
    }

    /**
     * The method bodies of {@code cls} that a rewrite calling into {@code runtimeClass} may
     * change: every managed one, and none of the runtime class's own, which must keep the
     * plain instructions it guards.
     */
    static List<Program> rewritablePrograms(ClassHolder cls, String runtimeClass) {
        List<Program> programs = new ArrayList<>();
        if (cls.getName().equals(runtimeClass) || !isManaged(cls)) {
            return programs;
        }
        for (MethodHolder method : cls.getMethods()) {
            if (isManaged(method)) {
                programs.add(method.getProgram());
            }
        }
        return programs;
    }
}
