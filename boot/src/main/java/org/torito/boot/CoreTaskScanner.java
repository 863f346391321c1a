package org.torito.boot;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.FieldInstruction;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.NewMultiArrayInstruction;
import java.lang.classfile.instruction.NewObjectInstruction;
import java.lang.classfile.instruction.NewReferenceArrayInstruction;
import java.lang.classfile.instruction.TypeCheckInstruction;
import java.lang.constant.ConstantDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the core tasks an image needs, for the generated registry (ApplicationBridge): the guest
 * has no reflection, so another core can only start a task the build registered. A task is
 * registered when the image's classes name it: from the main class, the scanner follows every
 * class a class file names (a {@code Ponger.class} literal, a {@code new}, a call; see
 * {@link #named}), through the application and the guest kernel, never into the JDK or TeaVM, which
 * cannot name an application's task. So an image registers the tasks of its own program, not
 * those of every class that sits beside it on the classpath. A task is a public, concrete class
 * with a public no-argument constructor implementing CoreTask directly or through a superclass
 * or superinterface.
 */
final class CoreTaskScanner {
    static final String CORE_TASK = "org/torito/guest/CoreTask";
    /** Packages whose classes cannot name an application's task: not followed. */
    private static final List<String> NOT_FOLLOWED = List.of("java/", "javax/", "jdk/", "sun/", "com/sun/",
            "org/teavm/");

    private final ClassLoader loader;

    CoreTaskScanner(ClassLoader loader) {
        this.loader = loader;
    }

    /** Sorted binary names of the tasks reachable from {@code mainClass}. */
    List<String> find(String mainClass) throws IOException {
        TreeSet<String> tasks = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> next = new ArrayDeque<>();
        next.add(mainClass.replace('.', '/'));
        while (!next.isEmpty()) {
            String name = next.poll();
            if (!seen.add(name) || NOT_FOLLOWED.stream().anyMatch(name::startsWith)) {
                continue;
            }
            ClassModel model = load(name);
            if (model == null) {
                continue;
            }
            if (isTask(model)) {
                tasks.add(name.replace('/', '.'));
            }
            named(model, next);
        }
        return new ArrayList<>(tasks);
    }

    /**
     * Adds the classes {@code model} names: its superclass and interfaces, and in its code class
     * literals, {@code new}, casts, instanceof, arrays, the owners of the fields and methods it
     * uses, and of the methods its lambdas and method references call. Not the InnerClasses attribute, which would lead from a nested class to all its
     * siblings.
     */
    private static void named(ClassModel model, Deque<String> into) {
        model.superclass().ifPresent(c -> into.add(c.asInternalName()));
        model.interfaces().forEach(c -> into.add(c.asInternalName()));
        for (MethodModel method : model.methods()) {
            method.code().ifPresent(code -> code.forEach(element -> {
                if (element instanceof InvokeDynamicInstruction indy) {
                    // A method reference (Helper::launch) names its class only here.
                    for (ConstantDesc argument : indy.bootstrapArgs()) {
                        if (argument instanceof DirectMethodHandleDesc handle) {
                            String descriptor = handle.owner().descriptorString();
                            into.add(descriptor.substring(1, descriptor.length() - 1));
                        }
                    }
                    return;
                }
                ClassEntry named = switch (element) {
                    case ConstantInstruction.LoadConstantInstruction ldc
                            when ldc.constantEntry() instanceof ClassEntry literal -> literal;
                    case TypeCheckInstruction check -> check.type();
                    case NewObjectInstruction create -> create.className();
                    case NewReferenceArrayInstruction array -> array.componentType();
                    case NewMultiArrayInstruction array -> array.arrayType();
                    case FieldInstruction field -> field.owner();
                    case InvokeInstruction call -> call.owner();
                    default -> null;
                };
                if (named != null) {
                    into.add(elementClass(named.asInternalName()));
                }
            }));
        }
    }

    /** {@code [[Lfoo/Bar;} names foo/Bar; a primitive array names nothing followable. */
    private static String elementClass(String internalName) {
        if (!internalName.startsWith("[")) {
            return internalName;
        }
        int at = internalName.indexOf('L');
        return at < 0 ? "java/" : internalName.substring(at + 1, internalName.length() - 1);
    }

    private boolean isTask(ClassModel model) throws IOException {
        int flags = model.flags().flagsMask();
        if ((flags & ClassFile.ACC_PUBLIC) == 0 || (flags & (ClassFile.ACC_ABSTRACT | ClassFile.ACC_INTERFACE)) != 0) {
            return false;
        }
        boolean publicNoArgConstructor = false;
        for (MethodModel m : model.methods()) {
            if (m.methodName().equalsString(ConstantDescs.INIT_NAME) && m.methodType().equalsString("()V")
                    && (m.flags().flagsMask() & ClassFile.ACC_PUBLIC) != 0) {
                publicNoArgConstructor = true;
            }
        }
        return publicNoArgConstructor && implementsTask(model, 0);
    }

    private boolean implementsTask(ClassModel model, int depth) throws IOException {
        if (depth > 64) {
            return false;
        }
        for (var iface : model.interfaces()) {
            String name = iface.asInternalName();
            if (name.equals(CORE_TASK)) {
                return true;
            }
            ClassModel parent = load(name);
            if (parent != null && implementsTask(parent, depth + 1)) {
                return true;
            }
        }
        if (model.superclass().isPresent()) {
            ClassModel parent = load(model.superclass().get().asInternalName());
            return parent != null && implementsTask(parent, depth + 1);
        }
        return false;
    }

    private ClassModel load(String internalName) throws IOException {
        if (internalName.startsWith("java/")) {
            return null;
        }
        try (InputStream in = loader.getResourceAsStream(internalName + ".class")) {
            return in == null ? null : ClassFile.of().parse(in.readAllBytes());
        }
    }
}
