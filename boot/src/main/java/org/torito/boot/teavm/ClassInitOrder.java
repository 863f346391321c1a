package org.torito.boot.teavm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.teavm.model.AccessLevel;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ClassReader;
import org.teavm.model.ClassReaderSource;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReader;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.instructions.InitClassInstruction;

/**
 * Initialises a class's superclass, and its superinterfaces that declare default methods,
 * before the class itself, as JLS 12.4.2 orders it. TeaVM 0.15's C runtime runs a class's
 * {@code <clinit>} alone: the subclass's static blocks ran first, the superclass's when the
 * subclass's constructor reached it (or never, for a subclass used only through its static
 * members), and interfaces with default methods were skipped. Each application class whose
 * supertypes have initialisation to run gets, at the start of its {@code <clinit>} (an empty one
 * made if it has none), an initialisation of each of them in the JLS's order. Class-library
 * classes keep TeaVM's order: their initialisers were written for it.
 */
final class ClassInitOrder implements ClassHolderTransformer {
    private static final MethodDescriptor CLINIT = new MethodDescriptor("<clinit>", ValueType.VOID);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (ManagedCode.isClassLibrary(cls.getName()) || !ManagedCode.isManaged(cls)
                || cls.hasModifier(ElementModifier.INTERFACE)) {
            return;
        }
        List<String> first = supertypesToInitialize(context.getHierarchy().getClassSource(), cls);
        if (first.isEmpty()) {
            return;
        }
        MethodHolder clinit = cls.getMethod(CLINIT);
        if (clinit == null) {
            clinit = new MethodHolder(CLINIT);
            clinit.setLevel(AccessLevel.PACKAGE_PRIVATE);
            clinit.getModifiers().add(ElementModifier.STATIC);
            cls.addMethod(clinit);
            ProgramEmitter.create(clinit, context.getHierarchy()).exit();
        }
        BasicBlock entry = clinit.getProgram().basicBlockAt(0);
        for (int i = first.size() - 1; i >= 0; i--) {
            InitClassInstruction init = new InitClassInstruction();
            init.setClassName(first.get(i));
            entry.addFirst(init);
        }
    }

    /** The superclass if initialising it runs code, then the default-method superinterfaces with an initialiser. */
    private static List<String> supertypesToInitialize(ClassReaderSource classes, ClassReader cls) {
        List<String> first = new ArrayList<>();
        String superclass = cls.getParent();
        if (superclass != null && initializes(classes, superclass)) {
            first.add(superclass);
        }
        Set<String> visited = new HashSet<>();
        for (String itf : cls.getInterfaces()) {
            collectDefaultInterfaces(classes, itf, visited, first);
        }
        return first;
    }

    /** Whether initialising the class runs code: its own {@code <clinit>}, or (for an application class) a supertype's. */
    private static boolean initializes(ClassReaderSource classes, String className) {
        ClassReader cls = classes.get(className);
        if (cls == null) {
            return false;
        }
        if (cls.getMethod(CLINIT) != null) {
            return true;
        }
        return !ManagedCode.isClassLibrary(className) && !cls.hasModifier(ElementModifier.INTERFACE)
                && !supertypesToInitialize(classes, cls).isEmpty();
    }

    /** JLS 12.4.2's enumeration: an interface's superinterfaces left to right, then the interface. */
    private static void collectDefaultInterfaces(ClassReaderSource classes, String name, Set<String> visited,
                                                 List<String> result) {
        if (!visited.add(name)) {
            return;
        }
        ClassReader itf = classes.get(name);
        if (itf == null) {
            return;
        }
        for (String parent : itf.getInterfaces()) {
            collectDefaultInterfaces(classes, parent, visited, result);
        }
        if (itf.getMethod(CLINIT) != null && declaresDefaultMethod(itf)) {
            result.add(name);
        }
    }

    private static boolean declaresDefaultMethod(ClassReader itf) {
        for (MethodReader method : itf.getMethods()) {
            if (!method.hasModifier(ElementModifier.STATIC) && !method.hasModifier(ElementModifier.ABSTRACT)
                    && method.getLevel() != AccessLevel.PRIVATE && !method.getName().startsWith("<")) {
                return true;
            }
        }
        return false;
    }
}
